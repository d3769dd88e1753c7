package org.medmesh.events.domain.model;

import java.util.Objects;

/**
 * An event with its place in this hospital's outbox: {@code seq} orders events locally (it grows with every append,
 * with gaps where a transaction rolled back or has not committed yet); the event id is the network-wide identity.
 */
public record SequencedEvent(long seq, DomainEvent event) {

    public SequencedEvent {
        Objects.requireNonNull(event, "event");
    }
}
