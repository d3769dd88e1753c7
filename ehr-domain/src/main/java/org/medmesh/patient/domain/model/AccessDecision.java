package org.medmesh.patient.domain.model;

/** What the access policy says about a clinician reading or changing a patient's records. */
public enum AccessDecision {

    /** At the patient's home hospital, or the patient shares the record with the other hospitals. */
    ALLOWED,

    /** The patient does not share the record, but the caller broke the glass and the grant is still running. */
    ALLOWED_BY_BREAK_GLASS,

    /** The patient does not share the record with this hospital; only break-the-glass opens it. */
    CONSENT_REQUIRED;

    public boolean allowed() {
        return this != CONSENT_REQUIRED;
    }
}
