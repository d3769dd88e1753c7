package org.medmesh.events.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.medmesh.events.application.OutboxFeed;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;

@Stateless
public class DefaultOutboxFeed implements OutboxFeed {

    @Inject
    EventOutbox outbox;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publishPending(int max, Consumer<List<DomainEvent>> publisher) {
        List<DomainEvent> pending = outbox.claimUnpublished(max);
        if (pending.isEmpty()) {
            return 0;
        }
        publisher.accept(pending);
        outbox.markPublished(pending.stream().map(DomainEvent::id).toList(), Instant.now());
        return pending.size();
    }
}
