package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.ClinicalViews.TreatmentView;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.application.TreatmentService;
import org.medmesh.clinical.application.WardWorklist;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.clinical.domain.model.Treatment;
import org.medmesh.clinical.domain.model.TreatmentWorklist;
import org.medmesh.identity.application.StaffDirectory;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultTreatmentService implements TreatmentService {

    private static final String KIND = "treatment";

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientRecords records;

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    @Inject
    TreatmentWorklist worklist;

    @Inject
    PatientAccess access;

    @Override
    public TreatmentView order(PatientId patient, UUID encounterId, CodedConcept code, String instructions) {
        Stamp stamp = caller.stamp();
        writer.requireActivePatient(patient);
        Treatment treatment = new Treatment(patient, writer.requireEncounterOf(patient, encounterId,
                Encounter.class), code, instructions, stamp);
        return writer.created(ChangeType.TREATMENT_ORDERED, treatment, stamp, TreatmentView::of);
    }

    @Override
    public TreatmentView start(UUID treatmentId, long expectedVersion) {
        return writer.change(Treatment.class, treatmentId, KIND, expectedVersion, ChangeType.TREATMENT_UPDATED,
                Treatment::start, TreatmentView::of);
    }

    @Override
    public TreatmentView complete(UUID treatmentId, long expectedVersion, String outcome) {
        return writer.change(Treatment.class, treatmentId, KIND, expectedVersion, ChangeType.TREATMENT_UPDATED,
                (t, s) -> t.complete(outcome, s), TreatmentView::of);
    }

    @Override
    public TreatmentView cancel(UUID treatmentId, long expectedVersion, String reason) {
        return writer.change(Treatment.class, treatmentId, KIND, expectedVersion, ChangeType.TREATMENT_UPDATED,
                (t, s) -> t.cancel(reason, s), TreatmentView::of);
    }

    @Override
    public WardWorklist worklist(int page, int size) {
        String username = caller.username();
        Optional<String> ward = staff.wardOf(username);
        if (ward.isEmpty()) {
            return new WardWorklist(null, new Page<>(List.of(), page, size, false));
        }
        String here = caller.stamp().hospital().value();
        List<Treatment> fetched = worklist.openOnWard(here, ward.get(), page, size);
        List<TreatmentView> shown = fetched.stream().limit(size).filter(t -> access.mayRead(t.patientId(), username))
                .map(TreatmentView::of).toList();
        return new WardWorklist(ward.get(), new Page<>(shown, page, size, fetched.size() > size));
    }

    @Override
    public Page<TreatmentView> list(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(records.ofPatient(Treatment.class, writer.requireReadable(patient), includeVoided, page, size),
                page, size,
                TreatmentView::of);
    }
}
