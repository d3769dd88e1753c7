package org.medmesh.events.domain.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;

/**
 * The transactional outbox: the single place every write records its event, inside the writer's own database
 * transaction, so an event exists if and only if its change committed. Replication, notifications and analytics all
 * consume it (through the relay to the broker); none of them is written to directly.
 */
public interface EventOutbox {

    void append(DomainEvent event);

    /** The latest timestamp this hospital issued, from which its clock resumes after a restart. */
    Optional<Hlc> latestHlc();

    /** Events about one aggregate, oldest first (for tests, diagnostics and status). */
    List<DomainEvent> eventsOf(UUID aggregateId);
}
