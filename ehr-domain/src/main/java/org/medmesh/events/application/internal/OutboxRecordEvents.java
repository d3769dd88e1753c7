package org.medmesh.events.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.application.replica.ReplicaStates;
import org.medmesh.events.application.ChangeClock;
import org.medmesh.events.application.OutboxAppended;
import org.medmesh.events.application.RecordChanged;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

@ApplicationScoped
public class OutboxRecordEvents implements RecordEvents {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeClock clock;

    @Inject
    Event<OutboxAppended> appended;

    @Inject
    Event<RecordChanged> changed;

    @Inject
    @Any
    Instance<ReplicaStates> contexts;

    private List<ReplicaStates> states;

    @PostConstruct
    void findStates() {
        states = contexts.stream().toList();
    }

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
    public void recorded(ChangeType type, ReplicatedRecord record, UUID patientId, Stamp stamp) {
        ReplicaState state = stateOf(record);
        String aggregateType = type.recordType().wireName();
        String json = JSON.toJson(state);
        DomainEvent event = DomainEvent.of(type.wireName(), aggregateType, record.id(), patientId,
                stamp.hospital().value(), stamp.by(), stamp.at(), record.changeHlc(), record.versionVector(), json);
        outbox.append(event);
        appended.fire(new OutboxAppended(aggregateType));
        changed.fire(new RecordChanged(type, event.id(), patientId, stamp.hospital().value(), json, false));
    }

    private ReplicaState stateOf(ReplicatedRecord record) {
        for (ReplicaStates context : states) {
            Optional<ReplicaState> state = context.of(record);
            if (state.isPresent()) {
                return state.get();
            }
        }
        throw new IllegalStateException("no context owns the replicated state of a " + record.getClass().getName());
    }
}
