package org.medmesh.sync.application;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/**
 * A parked conflict as a reviewer sees it: both versions whole, the winner being the record's state at every hospital.
 * The same conflict has the same id at every hospital that detected it.
 */
public record ConflictView(UUID id, String recordType, UUID recordId, UUID patientId, Version winner,
        Version loser, Instant detectedAt, String status, String resolution, String resolvedBy, Instant resolvedAt,
        String resolutionNote) {

    /** One side of a conflict: the change that produced it, where and when, and the record's state after it. */
    public record Version(UUID event, String hlc, String hospital, JsonObject state) {
    }
}
