package org.medmesh.clinical.domain.model;

/** The setting of a visit. */
public enum EncounterType {
    AMBULATORY, EMERGENCY, INPATIENT, DAY_CARE, HOME, VIRTUAL
}
