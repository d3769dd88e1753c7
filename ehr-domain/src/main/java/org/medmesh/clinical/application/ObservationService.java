package org.medmesh.clinical.application;

import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.ObservationCategory;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** Vital signs, laboratory results and examination findings. */
public interface ObservationService {

    /**
     * Should validate known codes (unit, plausible range, allowed answers), interpret against the reference range, and
     * emit {@code observation.recorded}.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    ObservationView record(PatientId patient, UUID encounterId, ObservationCategory category, CodedConcept code,
            ObservationValue value, Instant effectiveAt);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<ObservationView> list(PatientId patient, boolean includeVoided, int page, int size);

    /** Should void a wrong observation (it is then recorded again) and emit {@code observation.voided}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    ObservationView voidObservation(UUID observationId, long expectedVersion, String reason);
}
