package org.medmesh.sync.application.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.events.application.ChangeClock;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.events.application.ReplicationEvents;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.infrastructure.persistence.JdbcReplicaStore;
import org.medmesh.sync.infrastructure.persistence.ParkedConflict;

/**
 * Writes a conflict's losing version back as the record's state: a new local change, after everything the record
 * includes, stamped by the reviewer, announced in the outbox like any edit — so it reaches every hospital.
 */
final class ConflictReapplication {

    private final JdbcReplicaStore store;
    private final ChangeClock clock;
    private final ReplicationEvents outbox;

    ConflictReapplication(JdbcReplicaStore store, ChangeClock clock, ReplicationEvents outbox) {
        this.store = store;
        this.clock = clock;
        this.outbox = outbox;
    }

    DomainEvent reapply(ParkedConflict conflict, Stamp reviewer) {
        RecordState current = store.find(conflict.aggregateType(), conflict.aggregateId())
                .orElseThrow(() -> new IllegalStateException("the conflicting record is missing"));
        if (store.voided(conflict.aggregateType(), conflict.aggregateId())) {
            throw new ClinicalRuleViolation("record-voided",
                    "The record was voided since the conflict; its losing version cannot be re-applied.");
        }
        if (current.producedAt() != null) {
            clock.receive(current.producedAt());
        }
        Hlc hlc = clock.now();
        VersionVector vector = current.vector().with(hlc);
        String state = restamped(conflict.loserPayload(), reviewer);
        DomainEvent event = DomainEvent.of(reappliedType(conflict.aggregateType()), conflict.aggregateType(),
                conflict.aggregateId(), conflict.patientId(), reviewer.hospital().value(), reviewer.by(),
                reviewer.at(), hlc, vector, state);
        store.put(new RecordState(conflict.aggregateType(), conflict.aggregateId(), conflict.patientId(), state, hlc,
                event.id(), vector));
        outbox.append(event);
        return event;
    }

    private static String reappliedType(String aggregateType) {
        RecordType type = RecordType.named(aggregateType).orElseThrow(() -> new IllegalArgumentException(
                "not a replicated record type: " + aggregateType));
        return ChangeType.reapplied(type).wireName();
    }

    /** The losing state, now changed by the reviewer. */
    private static String restamped(String payload, Stamp reviewer) {
        JsonObject state;
        try (var reader = Json.createReader(new StringReader(payload))) {
            state = reader.readObject();
        }
        JsonObject record = Json.createObjectBuilder(state.getJsonObject("record"))
                .add("changedAt", reviewer.at().toString()).add("changedBy", reviewer.by()).build();
        return Json.createObjectBuilder(state).add("record", record).build().toString();
    }
}
