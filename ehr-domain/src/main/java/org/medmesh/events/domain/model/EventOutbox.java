package org.medmesh.events.domain.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.Repository;

/**
 * The transactional outbox: the single place every write records its event, inside the writer's own database
 * transaction, so an event exists if and only if its change committed. Replication, notifications and analytics all
 * consume it (through the relay to the broker); none of them is written to directly.
 */
@Repository
public interface EventOutbox {

    void append(DomainEvent event);

    /**
     * Takes the hospital's relay lock (waiting for another relay to finish) and returns up to {@code max} unpublished
     * events in commit order. Only within a transaction; the lock is released when it ends.
     */
    List<DomainEvent> claimUnpublished(int max);

    void markPublished(Collection<UUID> eventIds, Instant at);

    /** Up to {@code max} committed events after position {@code seq}, in outbox order (local changes only). */
    List<SequencedEvent> after(long seq, int max);

    /** The patient an event of this hospital's outbox is about, if any. */
    Optional<UUID> patientOf(UUID eventId);

    /** The latest timestamp this hospital issued, from which its clock resumes after a restart. */
    Optional<Hlc> latestHlc();
}
