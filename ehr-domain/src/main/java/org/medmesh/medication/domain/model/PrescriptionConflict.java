package org.medmesh.medication.domain.model;

import java.util.UUID;

/** One reason not to prescribe as asked, naming the allergy or prescription it conflicts with. */
public record PrescriptionConflict(ConflictKind kind, UUID conflictingRecord, String description) {
}
