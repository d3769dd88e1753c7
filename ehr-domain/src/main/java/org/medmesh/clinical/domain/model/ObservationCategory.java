package org.medmesh.clinical.domain.model;

/** Kind of observation. */
public enum ObservationCategory {
    VITAL_SIGNS, LABORATORY, EXAM
}
