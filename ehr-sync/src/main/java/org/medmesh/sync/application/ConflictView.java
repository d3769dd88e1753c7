package org.medmesh.sync.application;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

/**
 * A parked conflict as a reviewer sees it: both versions whole, the winner being the record's state at every hospital.
 * The same conflict has the same id at every hospital that detected it. In a list, a conflict about a patient whose
 * data the reviewer may not see here (consent) is {@code restricted}: both states are withheld, the rest is shown.
 */
public record ConflictView(UUID id, String recordType, UUID recordId, UUID patientId, Version winner,
        Version loser, Instant detectedAt, String status, String resolution, String resolvedBy, Instant resolvedAt,
        String resolutionNote, boolean restricted) {

    /** One side of a conflict: the change that produced it, where and when, and the record's state after it. */
    public record Version(UUID event, String hlc, String hospital, JsonObject state) {

        Version withheld() {
            return new Version(event, hlc, hospital, null);
        }
    }

    /** This conflict with both states withheld. */
    public ConflictView withheld() {
        return new ConflictView(id, recordType, recordId, patientId, winner.withheld(), loser.withheld(), detectedAt,
                status, resolution, resolvedBy, resolvedAt, resolutionNote, true);
    }
}
