package org.medmesh.audit.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;

/**
 * Records waiting to be chained, as rows of {@code audit_intake}: written in the transaction of the write they
 * describe, removed in the one that chains them. The patients an answer exposed are one text column (writes rarely
 * expose any).
 */
final class AuditIntake {

    private static final String COLUMNS = "recorded_at, hospital, actor, actor_role, patient_id, action, outcome, "
            + "status, break_glass, exposed, seal";
    /** The waiting records (the columns as in {@link #COLUMNS}) with the chain's entry of the same id, if any. */
    private static final String WAITING = "SELECT i.id, " + COLUMNS.replaceAll("(\\w+)", "i.$1")
            + ", e.seq FROM audit_intake i LEFT JOIN audit_event e ON e.intake_id = i.id "
            + "ORDER BY i.recorded_at, i.id LIMIT ";

    private AuditIntake() {
    }

    /**
     * A waiting record: its id, its content (null when a stored value is not one the application writes), its seal, the
     * hospital column as stored, and whether a record with its id is in the chain already.
     */
    record Waiting(long id, AuditRecord record, String seal, String hospital, boolean chainedBefore) {
    }

    static void insert(Connection db, long id, AuditRecord record, String seal) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_intake (" + COLUMNS
                + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, LocalDateTime.ofInstant(record.at(), ZoneOffset.UTC));
            insert.setString(2, record.hospital());
            insert.setString(3, record.actor());
            insert.setString(4, record.role());
            insert.setBytes(5, AuditRows.bytes(record.patientId()));
            insert.setString(6, record.action());
            insert.setString(7, record.outcome().name());
            insert.setInt(8, record.status());
            insert.setBoolean(9, record.breakGlass());
            insert.setString(10, record.exposedPatients().isEmpty()
                    ? null
                    : record.exposedPatients().stream().map(UUID::toString).collect(Collectors.joining(",")));
            insert.setString(11, seal);
            insert.setLong(12, id);
            insert.executeUpdate();
        }
    }

    /** Whether any committed record is waiting (read without locking anything). */
    static boolean anyWaiting(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM audit_intake LIMIT 1");
                ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /**
     * The committed records waiting, oldest first, at most {@code limit}; each says whether an entry of the chain was
     * made from a record with its id already (then it is a copy).
     */
    static List<Waiting> waiting(Connection db, int limit) throws SQLException {
        List<Waiting> waiting = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(WAITING + limit);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                rows.getLong(13);
                boolean chainedBefore = !rows.wasNull();
                waiting.add(new Waiting(rows.getLong(1), recordOrNull(rows), rows.getString(12), rows.getString(3),
                        chainedBefore));
            }
        }
        return waiting;
    }

    private static AuditRecord recordOrNull(ResultSet row) throws SQLException {
        try {
            String exposed = row.getString(11);
            return new AuditRecord(row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(3),
                    row.getString(4), row.getString(5), AuditRows.uuid(row.getBytes(6)), row.getString(7),
                    AuditOutcome.valueOf(row.getString(8)), row.getInt(9), row.getBoolean(10),
                    exposed == null ? List.of() : Arrays.stream(exposed.split(",")).map(UUID::fromString).toList());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Removes the records just chained (the table's trigger refuses any that is not in the chain). */
    static void remove(Connection db, List<Waiting> chained) throws SQLException {
        if (chained.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM audit_intake WHERE id IN ("
                + String.join(", ", Collections.nCopies(chained.size(), "?")) + ")")) {
            for (int i = 0; i < chained.size(); i++) {
                delete.setLong(i + 1, chained.get(i).id());
            }
            delete.executeUpdate();
        }
    }
}
