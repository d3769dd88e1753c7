package org.medmesh.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.UUID;

import org.medmesh.events.application.ChangeClock;
import org.medmesh.events.application.OutboxAppended;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

@ApplicationScoped
@PermitAll
public class OutboxRecordEvents implements RecordEvents {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeClock clock;

    @Inject
    Event<OutboxAppended> appended;

    /**
     * The record's current state may come from a peer whose clock is ahead, received before this node last restarted:
     * its timestamp is merged first, so the new one always follows it.
     */
    @Override
    public void stamp(ReplicatedRecord record) {
        if (record.changeHlc() != null) {
            clock.receive(record.changeHlc());
        }
        record.stampChange(clock.now());
    }

    @Override
    public void recorded(ChangeType type, ReplicatedRecord record, UUID patientId, Stamp stamp, Object state) {
        String aggregateType = type.recordType().wireName();
        outbox.append(DomainEvent.of(type.wireName(), aggregateType, record.id(), patientId, stamp.hospital().value(),
                stamp.by(), stamp.at(), record.changeHlc(), record.versionVector(), JSON.toJson(state)));
        appended.fire(new OutboxAppended(aggregateType));
    }
}
