package org.medmesh.sync.infrastructure.broker;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.events.domain.model.DomainEvent;

/** A change on the wire between hospitals (JSON body of the JMS message). */
public record ChangeMessage(UUID id, String type, String aggregateType, UUID aggregateId, UUID patientId,
        String origin, String actor, Instant occurredAt, String hlc, String vector, String payload) {

    static ChangeMessage of(DomainEvent event) {
        return new ChangeMessage(event.id(), event.type(), event.aggregateType(), event.aggregateId(),
                event.patientId(), event.originHospital(), event.actor(), event.occurredAt(), event.hlc().toString(),
                event.vector().toString(), event.payload());
    }
}
