package org.medmesh.medication.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.identity.application.Caller;
import org.medmesh.medication.application.DispensingView;
import org.medmesh.medication.application.MedicationService;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.medication.domain.model.Dispensing;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.medication.domain.model.PrescriptionQueue;
import org.medmesh.medication.domain.model.PrescriptionSafetyCheck;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultMedicationService implements MedicationService {

    private static final String KIND = "prescription";

    @Inject
    PatientRecordWriter writer;

    @Inject
    Caller caller;

    @Inject
    PrescriptionQueue queue;

    @Inject
    PatientAccess access;

    @Override
    public PrescriptionView prescribe(PatientId patient, UUID encounterId, CodedConcept drug, Dosage dosage,
            String instructions, String overrideReason) {
        Stamp stamp = caller.stamp();
        writer.requireActivePatient(patient);
        var conflicts = PrescriptionSafetyCheck.conflicts(drug, writer.allCurrent(Allergy.class, patient),
                writer.allCurrent(Prescription.class, patient));
        Prescription prescription = new Prescription(patient, writer.requireEncounterOf(patient, encounterId,
                Encounter.class), drug, dosage, instructions, conflicts, overrideReason, stamp);
        return writer.created(ChangeType.PRESCRIPTION_CREATED, prescription, stamp, PrescriptionView::of);
    }

    @Override
    public DispensingView dispense(UUID prescriptionId, long expectedVersion, String quantity, String note) {
        Prescription prescription = writer.loadForChange(Prescription.class, prescriptionId, KIND, expectedVersion);
        Stamp stamp = caller.stamp();
        prescription.markDispensed(stamp);
        writer.changed(ChangeType.PRESCRIPTION_DISPENSED, prescription, stamp, PrescriptionView::of);
        Dispensing dispensing = new Dispensing(prescription.patientId(), prescription.id(), quantity, note, stamp);
        return writer.created(ChangeType.DISPENSING_RECORDED, dispensing, stamp, DispensingView::of);
    }

    @Override
    public PrescriptionView complete(UUID prescriptionId, long expectedVersion) {
        return writer.change(Prescription.class, prescriptionId, KIND, expectedVersion,
                ChangeType.PRESCRIPTION_COMPLETED,
                (p, s) -> p.complete(s), PrescriptionView::of);
    }

    @Override
    public PrescriptionView cancel(UUID prescriptionId, long expectedVersion, String reason) {
        return writer.change(Prescription.class, prescriptionId, KIND, expectedVersion,
                ChangeType.PRESCRIPTION_CANCELLED,
                (p, s) -> p.cancel(reason, s), PrescriptionView::of);
    }

    @Override
    public PrescriptionView find(UUID prescriptionId) {
        return PrescriptionView.of(writer.load(Prescription.class, prescriptionId, KIND));
    }

    @Override
    public Page<PrescriptionView> list(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(
                writer.ofPatient(Prescription.class, writer.requireReadable(patient), includeVoided, page, size), page,
                size,
                PrescriptionView::of);
    }

    @Override
    public Page<PrescriptionView> awaitingDispensing(int page, int size) {
        String here = caller.stamp().hospital().value();
        String username = caller.username();
        List<Prescription> fetched = queue.awaitingDispensing(here, page, size);
        List<PrescriptionView> shown = fetched.stream().limit(size)
                .filter(p -> access.mayRead(p.patientId(), username)).map(PrescriptionView::of).toList();
        return new Page<>(shown, page, size, fetched.size() > size);
    }

    @Override
    public Page<DispensingView> dispensings(PatientId patient, int page, int size) {
        return Page.of(writer.ofPatient(Dispensing.class, writer.requireReadable(patient), false, page, size), page,
                size,
                DispensingView::of);
    }

    @Override
    public PrescriptionView voidPrescription(UUID prescriptionId, long expectedVersion, String reason) {
        return writer.change(Prescription.class, prescriptionId, KIND, expectedVersion, ChangeType.PRESCRIPTION_VOIDED,
                (p, s) -> p.voidRecord(s, reason), PrescriptionView::of);
    }
}
