package org.medmesh.clinical.application;

import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.domain.model.EncounterType;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** Visits of a patient. */
public interface EncounterService {

    /** Should open a visit in progress for an active patient and emit {@code encounter.started}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    EncounterView start(PatientId patient, EncounterType type, String ward, String attending, Instant startedAt);

    /** Should end a visit in progress (not before it started) and emit {@code encounter.finished}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    EncounterView finish(UUID encounterId, long expectedVersion, Instant endedAt);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<EncounterView> list(PatientId patient, boolean includeVoided, int page, int size);

    /** Should void a visit entered in error and emit {@code encounter.voided}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    EncounterView voidEncounter(UUID encounterId, long expectedVersion, String reason);
}
