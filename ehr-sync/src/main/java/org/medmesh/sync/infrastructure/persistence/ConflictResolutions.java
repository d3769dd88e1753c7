package org.medmesh.sync.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;

/**
 * A conflict's resolution as a replicated change ({@value #TYPE}): made by a reviewer at one hospital, it closes the
 * same conflict (same id everywhere) at every hospital. It is sealed and verified like any change; it changes no record
 * (re-applying the loser is a change of its own).
 */
public final class ConflictResolutions {

    public static final String TYPE = "conflict.resolved";
    static final String AGGREGATE = "conflict";

    private ConflictResolutions() {
    }

    /** The event announcing a resolution made here, for the outbox. */
    public static DomainEvent event(UUID conflict, UUID patient, String resolution, String note, String hospital,
            String by, Instant at, Hlc hlc) {
        JsonObjectBuilder state = Json.createObjectBuilder().add("id", conflict.toString())
                .add("resolution", resolution).add("resolvedBy", by).add("resolvedAt", at.toString());
        if (note != null) {
            state.add("note", note);
        }
        return DomainEvent.of(TYPE, AGGREGATE, conflict, patient, hospital, by, at, hlc,
                VersionVector.empty().with(hlc), state.build().toString());
    }

    /** Applies a resolution received from a peer: keeps it and closes the conflict here. */
    public static void apply(Connection db, Change change) throws SQLException {
        JsonObject state;
        try (var reader = Json.createReader(new StringReader(change.payload()))) {
            state = reader.readObject();
        }
        new ConflictRecords(db).recordResolution(change.aggregateId(), state.getString("resolution"),
                state.getString("resolvedBy"), Instant.parse(state.getString("resolvedAt")),
                state.getString("note", null), change.origin().value());
    }
}
