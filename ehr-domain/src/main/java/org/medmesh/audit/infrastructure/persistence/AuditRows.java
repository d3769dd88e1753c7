package org.medmesh.audit.infrastructure.persistence;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;

/** An entry as a row of {@code audit_event}, and patient ids as {@code BINARY(16)}. */
final class AuditRows {

    /** The entry's columns, in the order {@link #bind} and {@link #entry} use. */
    private static final List<String> COLUMNS = List.of("seq", "recorded_at", "hospital", "actor", "actor_role",
            "patient_id", "action", "outcome", "status", "break_glass", "prev_hash", "hash", "chain_key");
    /** Inserts an entry: its columns, then the intake record it was made from (null for a record chained at once). */
    static final String INSERT = "INSERT INTO audit_event (" + columns("") + ", intake_id) VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.size() + 1, "?")) + ")";

    private AuditRows() {
    }

    /** The entry's columns for a select list, each prefixed (a table alias and its dot, or nothing). */
    static String columns(String prefix) {
        return COLUMNS.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    static void bind(PreparedStatement insert, AuditEntry entry, Long intakeId) throws SQLException {
        AuditRecord record = entry.record();
        insert.setLong(1, entry.seq());
        insert.setObject(2, LocalDateTime.ofInstant(record.at(), ZoneOffset.UTC));
        insert.setString(3, record.hospital());
        insert.setString(4, record.actor());
        insert.setString(5, record.role());
        insert.setBytes(6, bytes(record.patientId()));
        insert.setString(7, record.action());
        insert.setString(8, record.outcome().name());
        insert.setInt(9, record.status());
        insert.setBoolean(10, record.breakGlass());
        insert.setString(11, entry.previousHash());
        insert.setString(12, entry.hash());
        insert.setString(13, entry.chainKeyId());
        if (intakeId == null) {
            insert.setNull(14, Types.BIGINT);
        } else {
            insert.setLong(14, intakeId);
        }
    }

    /**
     * The entry in the row's first columns, without its exposed patients (they are rows of their own); or
     * {@link UnreadableEntry} when a stored value is not one the application writes.
     */
    static AuditEntry entry(ResultSet row) throws SQLException {
        long seq = row.getLong(1);
        try {
            AuditRecord record = new AuditRecord(row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    row.getString(3), row.getString(4), row.getString(5), uuid(row.getBytes(6)), row.getString(7),
                    AuditOutcome.valueOf(row.getString(8)), row.getInt(9), row.getBoolean(10));
            return new AuditEntry(seq, record, row.getString(11), row.getString(13), row.getString(12));
        } catch (RuntimeException e) {
            throw new UnreadableEntry(seq);
        }
    }

    static byte[] bytes(UUID id) {
        return id == null
                ? null
                : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                        .putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
