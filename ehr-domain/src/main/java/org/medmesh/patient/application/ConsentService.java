package org.medmesh.patient.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;

/**
 * A patient's consent: sharing with the other hospitals for treatment and use for analytics. Ward staff record it;
 * clinicians read it.
 */
public interface ConsentService {

    /**
     * Should return the patient's consent — the defaults (shared, usable for analytics, version 0) when none was
     * recorded — at every hospital, so a clinician learns that break-the-glass is needed; RecordNotFound for an unknown
     * patient.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    ConsentView consent(PatientId patient);

    /**
     * Should record both choices with the reason only if {@code expectedVersion} is current (else StaleVersion), emit
     * {@code consent.changed} carrying the whole consent, and, at a hospital the patient does not share with, refuse
     * with ConsentRequired unless the caller broke the glass.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    ConsentView change(PatientId patient, long expectedVersion, boolean sharingWithHospitals, boolean analyticsUse,
            String reason);
}
