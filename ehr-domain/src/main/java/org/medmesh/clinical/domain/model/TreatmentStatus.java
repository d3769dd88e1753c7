package org.medmesh.clinical.domain.model;

/** Where an ordered treatment or procedure stands. */
public enum TreatmentStatus {
    ORDERED, IN_PROGRESS, COMPLETED, CANCELLED
}
