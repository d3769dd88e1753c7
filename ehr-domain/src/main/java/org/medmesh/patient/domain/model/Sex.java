package org.medmesh.patient.domain.model;

/** Administrative sex, as recorded at registration. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
