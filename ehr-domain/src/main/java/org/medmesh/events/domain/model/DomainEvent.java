package org.medmesh.events.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.TimeOrderedUuid;
import org.medmesh.shared.domain.model.VersionVector;

/**
 * Something that happened to a clinical record, such as {@code observation.recorded}. It carries the record's full
 * state after the change (state transfer), so a consumer — replication to peers, notifications, analytics — can act on
 * it alone and apply it idempotently by event id.
 *
 * @param type dotted name: {@code <aggregate>.<past-tense verb>}
 * @param hlc the change's hybrid logical clock timestamp, issued by the origin hospital
 * @param vector the record's version vector after the change
 * @param payload the record's state after the change, as a JSON object
 */
public record DomainEvent(UUID id, String type, String aggregateType, UUID aggregateId, UUID patientId,
        String originHospital, String actor, Instant occurredAt, Hlc hlc, VersionVector vector, String payload) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregate type");
        Objects.requireNonNull(aggregateId, "aggregate id");
        Objects.requireNonNull(originHospital, "origin hospital");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(payload, "payload");
        if (!type.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("event type must be <aggregate>.<verb>: " + type);
        }
    }

    /** A new event with a fresh time-ordered id. */
    public static DomainEvent of(String type, String aggregateType, UUID aggregateId, UUID patientId,
            String originHospital, String actor, Instant occurredAt, Hlc hlc, VersionVector vector, String payload) {
        return new DomainEvent(TimeOrderedUuid.next(), type, aggregateType, aggregateId, patientId, originHospital,
                actor, occurredAt, hlc, vector, payload);
    }
}
