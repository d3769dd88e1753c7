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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private AuditIntake() {
    }

    /**
     * A waiting record: its id, its content (null when a stored value is not one the application writes), its seal and
     * the hospital column as stored.
     */
    record Waiting(long id, AuditRecord record, String seal, String hospital) {
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

    /** The committed records waiting, oldest first, at most {@code limit}. */
    static List<Waiting> waiting(Connection db, int limit) throws SQLException {
        List<Waiting> waiting = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, " + COLUMNS
                + " FROM audit_intake ORDER BY recorded_at, id LIMIT " + limit);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                waiting.add(new Waiting(rows.getLong(1), recordOrNull(rows), rows.getString(12), rows.getString(3)));
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

    /** Which of the waiting records' ids are in the chain already (the waiting ones are copies). */
    static Set<Long> chainedBefore(Connection db, List<Waiting> waiting) throws SQLException {
        Set<Long> chained = new HashSet<>();
        if (waiting.isEmpty()) {
            return chained;
        }
        try (PreparedStatement select = db.prepareStatement("SELECT intake_id FROM audit_event WHERE intake_id IN ("
                + String.join(", ", Collections.nCopies(waiting.size(), "?")) + ")")) {
            for (int i = 0; i < waiting.size(); i++) {
                select.setLong(i + 1, waiting.get(i).id());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chained.add(rows.getLong(1));
                }
            }
        }
        return chained;
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
