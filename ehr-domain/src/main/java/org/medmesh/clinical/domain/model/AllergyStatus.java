package org.medmesh.clinical.domain.model;

/** Whether an allergy or intolerance is current. Only active allergies block prescriptions. */
public enum AllergyStatus {
    ACTIVE, INACTIVE, RESOLVED
}
