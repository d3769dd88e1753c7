package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.function.Consumer;

import org.medmesh.events.domain.model.DomainEvent;

/** What the relay reads: the events committed here and not yet handed to the broker, in commit order. */
public interface OutboxFeed {

    /**
     * Should, in one transaction holding the hospital's relay lock, hand up to {@code max} unpublished events to the
     * publisher in commit order and, once it returns (the broker has them), mark them published. A publisher failure
     * leaves them unpublished; they are sent again and duplicates are dropped downstream. Returns how many were
     * published. Runs as the system, not a user.
     */
    @PermitAll
    int publishPending(int max, Consumer<List<DomainEvent>> publisher);
}
