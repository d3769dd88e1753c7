package org.medmesh.sync.infrastructure.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of the conflict table. */
public record ParkedConflict(UUID id, String aggregateType, UUID aggregateId, UUID patientId, UUID winnerEvent,
        String winnerHlc, String winnerPayload, UUID loserEvent, String loserHlc, String loserPayload,
        Instant detectedAt, String status, String resolution, String resolvedBy, Instant resolvedAt,
        String resolutionNote) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
