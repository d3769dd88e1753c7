package org.medmesh.medication.domain.model;

/** Why a new prescription needs a second look. */
public enum ConflictKind {
    ALLERGY, DUPLICATE_THERAPY
}
