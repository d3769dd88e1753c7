package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.events.domain.model.SequencedEvent;

/**
 * The outbox read as a log, for consumers that keep their own position in it (the analytics feed): unlike the relay's
 * {@link OutboxFeed} it marks nothing. Only this hospital's own changes are in it; changes received from peers are not.
 */
public interface OutboxLog {

    /**
     * Should return up to {@code max} committed events after position {@code seq}, in outbox order, in the caller's
     * transaction. Positions have gaps: a transaction that has not committed yet may fill one later.
     */
    @PermitAll
    List<SequencedEvent> after(long seq, int max);

    /** Should tell which patient an event of this hospital's outbox is about (empty if none or unknown). */
    @PermitAll
    Optional<UUID> patientOf(UUID eventId);
}
