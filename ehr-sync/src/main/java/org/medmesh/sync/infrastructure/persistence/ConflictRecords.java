package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;
import static org.medmesh.shared.infrastructure.replication.ColumnKind.uuid;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The parked conflicts of this hospital. */
public final class ConflictRecords {

    private static final String COLUMNS = "id, aggregate_type, aggregate_id, patient_id, winner_event, winner_hlc, "
            + "winner_payload, loser_event, loser_hlc, loser_payload, detected_at, status, resolution, resolved_by, "
            + "resolved_at, resolution_note";

    private final Connection db;

    public ConflictRecords(Connection db) {
        this.db = db;
    }

    /**
     * The id of the conflict between two changes, the same at every hospital that detects it: derived from the two
     * event ids.
     */
    public static UUID idOf(UUID winnerEvent, UUID loserEvent) {
        byte[] pair = ByteBuffer.allocate(32).put(bytes(winnerEvent)).put(bytes(loserEvent)).array();
        return UUID.nameUUIDFromBytes(pair);
    }

    /** Newest first; {@code size + 1} rows, so the caller learns whether more follow. */
    public List<ParkedConflict> list(boolean openOnly, int page, int size) throws SQLException {
        String sql = "select " + COLUMNS + " from sync_conflict" + (openOnly ? " where status = 'OPEN'" : "")
                + " order by detected_at desc, id limit ? offset ?";
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setInt(1, size + 1);
            select.setInt(2, page * size);
            List<ParkedConflict> conflicts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    conflicts.add(read(rows));
                }
            }
            return conflicts;
        }
    }

    public Optional<ParkedConflict> find(UUID id, boolean lock) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select " + COLUMNS + " from sync_conflict where id = ?" + (lock ? " for update" : ""))) {
            select.setBytes(1, bytes(id));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    public void markResolved(UUID id, String resolution, String by, Instant at, String note) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update sync_conflict set status = 'RESOLVED', "
                + "resolution = ?, resolved_by = ?, resolved_at = ?, resolution_note = ?, version = version + 1 "
                + "where id = ? and status = 'OPEN'")) {
            update.setString(1, resolution);
            update.setString(2, by);
            update.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(4, note);
            update.setBytes(5, bytes(id));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("conflict " + id + " was not open");
            }
        }
    }

    /**
     * Keeps a resolution made here or at a peer, and resolves the conflict if it is parked and open here; a conflict
     * parked only later is resolved by {@link #resolveIfKnown}. A second record of the same resolution changes nothing.
     */
    public void recordResolution(UUID id, String resolution, String by, Instant at, String note, String hospital)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert ignore into sync_conflict_resolution "
                + "(conflict_id, resolution, resolved_by, resolved_at, resolution_note, hospital) "
                + "values (?, ?, ?, ?, ?, ?)")) {
            insert.setBytes(1, bytes(id));
            insert.setString(2, resolution);
            insert.setString(3, by);
            insert.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(5, note);
            insert.setString(6, hospital);
            insert.executeUpdate();
        }
        resolveIfKnown(id);
    }

    /** Resolves an open conflict whose resolution is known here (made at any hospital). */
    public void resolveIfKnown(UUID id) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update sync_conflict c join sync_conflict_resolution r "
                + "on r.conflict_id = c.id set c.status = 'RESOLVED', c.resolution = r.resolution, "
                + "c.resolved_by = r.resolved_by, c.resolved_at = r.resolved_at, "
                + "c.resolution_note = r.resolution_note, c.version = c.version + 1 "
                + "where c.id = ? and c.status = 'OPEN'")) {
            update.setBytes(1, bytes(id));
            update.executeUpdate();
        }
    }

    private static ParkedConflict read(ResultSet row) throws SQLException {
        byte[] patient = row.getBytes(4);
        return new ParkedConflict(uuid(row.getBytes(1)), row.getString(2), uuid(row.getBytes(3)),
                patient == null ? null : uuid(patient), uuid(row.getBytes(5)), row.getString(6), row.getString(7),
                uuid(row.getBytes(8)), row.getString(9), row.getString(10), instant(row, 11), row.getString(12),
                row.getString(13), row.getString(14), instant(row, 15), row.getString(16));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
