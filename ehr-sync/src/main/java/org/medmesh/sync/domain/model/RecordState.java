package org.medmesh.sync.domain.model;

import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;

/**
 * A record as one hospital holds it: its state, the change that produced that state (its HLC and event), and the
 * version vector of everything the state includes.
 */
public record RecordState(String aggregateType, UUID aggregateId, UUID patientId, String payload, Hlc producedAt,
        UUID producedBy, VersionVector vector) {

    /** The state a change produces, with the version vector it carries. */
    public static RecordState of(Change change) {
        return of(change, change.vector());
    }

    static RecordState of(Change change, VersionVector vector) {
        return new RecordState(change.aggregateType(), change.aggregateId(), change.patientId(), change.payload(),
                change.hlc(), change.eventId(), vector);
    }

    RecordState withVector(VersionVector merged) {
        return new RecordState(aggregateType, aggregateId, patientId, payload, producedAt, producedBy, merged);
    }
}
