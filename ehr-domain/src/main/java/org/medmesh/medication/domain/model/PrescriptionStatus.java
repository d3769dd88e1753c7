package org.medmesh.medication.domain.model;

/** ACTIVE → DISPENSED → COMPLETED; ACTIVE or DISPENSED → CANCELLED (stopped). */
public enum PrescriptionStatus {
    ACTIVE, DISPENSED, COMPLETED, CANCELLED
}
