package org.medmesh.clinical.domain.model;

/** Where a visit stands. A visit entered in error is voided, not given a status. */
public enum EncounterStatus {
    IN_PROGRESS, FINISHED
}
