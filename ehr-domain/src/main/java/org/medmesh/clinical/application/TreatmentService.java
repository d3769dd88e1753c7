package org.medmesh.clinical.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.TreatmentView;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** Treatments and procedures: ordered by doctors, performed by nurses or doctors. */
public interface TreatmentService {

    /** Should create an ORDERED treatment and emit {@code treatment.ordered}. */
    @RolesAllowed(Roles.DOCTOR)
    TreatmentView order(PatientId patient, UUID encounterId, CodedConcept code, String instructions);

    /** Should move ORDERED → IN_PROGRESS with the caller as performer; emits {@code treatment.updated}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    TreatmentView start(UUID treatmentId, long expectedVersion);

    /** Should move IN_PROGRESS → COMPLETED with the outcome; emits {@code treatment.updated}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    TreatmentView complete(UUID treatmentId, long expectedVersion, String outcome);

    /** Should cancel an ORDERED or IN_PROGRESS treatment with a reason; emits {@code treatment.updated}. */
    @RolesAllowed(Roles.DOCTOR)
    TreatmentView cancel(UUID treatmentId, long expectedVersion, String reason);

    /**
     * Should list the open (ordered or started) treatments of the encounters in progress on the caller's ward at this
     * hospital, oldest order first, leaving out patients the caller may not see here; an empty list and no ward for a
     * caller assigned to none.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    WardWorklist worklist(int page, int size);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<TreatmentView> list(PatientId patient, boolean includeVoided, int page, int size);
}
