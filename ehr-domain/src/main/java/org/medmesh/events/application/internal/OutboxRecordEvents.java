package org.medmesh.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.UUID;

import org.medmesh.events.application.RecordEvents;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.shared.domain.model.Stamp;

@ApplicationScoped
@PermitAll
public class OutboxRecordEvents implements RecordEvents {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EventOutbox outbox;

    @Override
    public void recorded(String type, UUID aggregateId, UUID patientId, Stamp stamp, Object state) {
        String aggregateType = type.substring(0, type.indexOf('.'));
        outbox.append(DomainEvent.of(type, aggregateType, aggregateId, patientId, stamp.hospital().value(),
                stamp.by(), stamp.at(), JSON.toJson(state)));
    }
}
