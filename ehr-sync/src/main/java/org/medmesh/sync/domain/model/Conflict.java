package org.medmesh.sync.domain.model;

import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;

/**
 * Two concurrent edits of one mutable record: the winner (highest HLC) is what every hospital now holds; the loser is
 * kept here, whole, for a clinician or records officer to review and, if right, re-apply as a new change.
 */
public record Conflict(String aggregateType, UUID aggregateId, UUID patientId, UUID winnerEvent, Hlc winnerHlc,
        String winnerPayload, UUID loserEvent, Hlc loserHlc, String loserPayload) {

    static Conflict between(RecordState winner, RecordState loser) {
        return new Conflict(winner.aggregateType(), winner.aggregateId(), winner.patientId(), winner.producedBy(),
                winner.producedAt(), winner.payload(), loser.producedBy(), loser.producedAt(), loser.payload());
    }
}
