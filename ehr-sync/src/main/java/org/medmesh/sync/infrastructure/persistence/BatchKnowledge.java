package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;
import static org.medmesh.shared.infrastructure.replication.ColumnKind.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.infrastructure.replication.ReplicatedPatients;
import org.medmesh.sync.domain.model.Change;

/**
 * What a batch of received changes needs to know before it is applied, read with one statement per question instead of
 * one per change: which changes this hospital received before, which wait for their patient, and which of their
 * patients it has. The store keeps the sets current as the batch goes on (a change received, held or released, a
 * patient arrived).
 */
record BatchKnowledge(Set<UUID> received, Set<UUID> pending, Set<UUID> patients) {

    static BatchKnowledge of(Connection db, List<Change> changes, ReplicatedPatients registered)
            throws SQLException {
        Set<UUID> events = new HashSet<>();
        Set<UUID> patients = new HashSet<>();
        for (Change change : changes) {
            events.add(change.eventId());
            patients.add(change.patientId());
        }
        patients.remove(null);
        return new BatchKnowledge(found(db, "select event_id from sync_inbox where event_id in", events),
                found(db, "select event_id from sync_pending where event_id in", events),
                new HashSet<>(registered.known(db, patients)));
    }

    /** The ids among {@code ids} that the query (its text up to the IN list) finds. */
    private static Set<UUID> found(Connection db, String query, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.prepareStatement(query + " ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            int index = 1;
            for (UUID id : ids) {
                select.setBytes(index++, bytes(Objects.requireNonNull(id)));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(uuid(rows.getBytes(1)));
                }
            }
        }
        return found;
    }
}
