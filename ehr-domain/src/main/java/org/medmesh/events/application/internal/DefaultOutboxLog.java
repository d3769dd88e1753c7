package org.medmesh.events.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.events.application.OutboxLog;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.events.domain.model.SequencedEvent;

@Stateless
public class DefaultOutboxLog implements OutboxLog {

    @Inject
    EventOutbox outbox;

    @Override
    public List<SequencedEvent> after(long seq, int max) {
        return outbox.after(seq, max);
    }

    @Override
    public Optional<UUID> patientOf(UUID eventId) {
        return outbox.patientOf(eventId);
    }
}
