package org.medmesh.medication.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** Prescribing, dispensing and the medication status flow. */
public interface MedicationService {

    /**
     * Should check the drug against the patient's active allergies and current prescriptions, refuse with
     * PrescriptionRefused naming every conflict unless an override reason is given (then keep reason and conflicts),
     * and emit {@code prescription.created}. Only doctors prescribe.
     */
    @RolesAllowed(Roles.DOCTOR)
    PrescriptionView prescribe(PatientId patient, UUID encounterId, CodedConcept drug, Dosage dosage,
            String instructions, String overrideReason);

    /**
     * Should record the dispensing and move ACTIVE → DISPENSED, emitting {@code prescription.dispensed}; only
     * pharmacists dispense; any other status is an illegal transition.
     */
    @RolesAllowed(Roles.PHARMACIST)
    DispensingView dispense(UUID prescriptionId, long expectedVersion, String quantity, String note);

    /** Should move DISPENSED → COMPLETED and emit {@code prescription.completed}. */
    @RolesAllowed(Roles.DOCTOR)
    PrescriptionView complete(UUID prescriptionId, long expectedVersion);

    /** Should stop an ACTIVE or DISPENSED prescription with a reason and emit {@code prescription.cancelled}. */
    @RolesAllowed(Roles.DOCTOR)
    PrescriptionView cancel(UUID prescriptionId, long expectedVersion, String reason);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    PrescriptionView find(UUID prescriptionId);

    /**
     * Should list the pharmacy's queue: the active prescriptions written at this hospital, oldest first, of the
     * patients the caller may see here.
     */
    @RolesAllowed(Roles.PHARMACIST)
    Page<PrescriptionView> awaitingDispensing(int page, int size);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<PrescriptionView> list(PatientId patient, boolean includeVoided, int page, int size);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<DispensingView> dispensings(PatientId patient, int page, int size);

    /** Should void a prescription entered in error and emit {@code prescription.voided}. */
    @RolesAllowed(Roles.DOCTOR)
    PrescriptionView voidPrescription(UUID prescriptionId, long expectedVersion, String reason);
}
