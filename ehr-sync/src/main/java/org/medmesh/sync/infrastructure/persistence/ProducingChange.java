package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;
import static org.medmesh.shared.infrastructure.replication.ColumnKind.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.domain.model.Seal;

/**
 * The change that produced a record's current state, found by the record's timestamp: a local one in the outbox or a
 * received one in the inbox. With the record's merged version vector it is the record's state as peers exchange it.
 *
 * @param seal the origin's seal of a received change; for a local one, {@link Seal#unsigned} naming its actor (this
 *            hospital signs it when it sends it)
 */
record ProducingChange(String eventType, String aggregateType, UUID aggregateId, UUID patientId, UUID eventId,
        Hlc hlc, VersionVector vector, String payload, Seal seal) {

    private static final List<String> SOURCES = List.of(
            "select id, event_type, patient_id, payload, actor, null, null from outbox_event "
                    + "where aggregate_id = ? and hlc = ?",
            "select event_id, event_type, patient_id, payload, actor, seal_key, seal_signature from sync_inbox "
                    + "where aggregate_id = ? and hlc = ?");

    static ProducingChange of(Connection db, String aggregateType, UUID aggregateId, Hlc hlc, VersionVector vector) {
        for (String sql : SOURCES) {
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setBytes(1, bytes(aggregateId));
                select.setString(2, hlc.toString());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        byte[] patient = row.getBytes(3);
                        return new ProducingChange(row.getString(2), aggregateType, aggregateId,
                                patient == null ? null : uuid(patient), uuid(row.getBytes(1)), hlc, vector,
                                row.getString(4), seal(row.getString(5), row.getString(6), row.getString(7)));
                    }
                }
            } catch (SQLException e) {
                throw new ReplicaStoreFailure("cannot find the change that produced a " + aggregateType + ": "
                        + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("no change " + hlc + " produced " + aggregateType + " " + aggregateId);
    }

    /** A received change recorded before seals were kept (no actor) travels unsealed, and peers refuse it. */
    private static Seal seal(String actor, String keyId, String signature) {
        if (actor == null) {
            return null;
        }
        return keyId == null || signature == null ? Seal.unsigned(actor) : new Seal(actor, keyId, signature);
    }

    RecordState state() {
        return new RecordState(aggregateType, aggregateId, patientId, payload, hlc, eventId, vector);
    }

    /** The state as a change a peer can merge. */
    Change change() {
        return new Change(eventId, eventType, aggregateType, aggregateId, patientId, hlc.hospital(), hlc, vector,
                payload, seal);
    }
}
