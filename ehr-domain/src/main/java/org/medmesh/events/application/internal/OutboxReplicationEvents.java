package org.medmesh.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.medmesh.events.application.OutboxAppended;
import org.medmesh.events.application.ReplicationEvents;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;

@ApplicationScoped
public class OutboxReplicationEvents implements ReplicationEvents {

    @Inject
    EventOutbox outbox;

    @Inject
    Event<OutboxAppended> appended;

    @Override
    public void append(DomainEvent event) {
        outbox.append(event);
        appended.fire(new OutboxAppended(event.aggregateType()));
    }
}
