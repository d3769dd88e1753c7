package org.medmesh.platform.infrastructure.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.medmesh.platform.application.BackupRun;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.infrastructure.persistence.LeaseSql;

/**
 * The {@code backup_run} table: a scheduled slot is taken, and its run finished, only in a statement conditioned on the
 * backup lease ({@link LeaseSql#HOLDS}), so a former leader's run is neither started nor recorded; at most one run per
 * slot succeeds.
 */
public final class BackupRunSql {

    /** Minutes a running backup may go without a heartbeat before it counts as abandoned. */
    static final int ABANDONED_MINUTES = 2;
    /** Minutes before a failed scheduled slot is tried again, and how many tries a slot gets. */
    static final int RETRY_MINUTES = 5;
    static final int ATTEMPTS = 3;

    private static final String COLUMNS = "id, trigger_kind, state, requested_by, instance, fence, attempt, started_at,"
            + " finished_at, file_name, size_bytes, file_sha256, schema_version, error";

    private BackupRunSql() {
    }

    /** The schedule's current slot by the database's clock: minutes since the epoch over the interval. */
    public static long currentSlot(Connection db, int intervalMinutes) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT FLOOR(UNIX_TIMESTAMP(NOW(6)) / 60 / ?)")) {
            query.setInt(1, intervalMinutes);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Takes {@code slot} for this leader: a new row, or the slot's run left running under an older fence (its leader
     * stopped) or failed a while ago; returns the run's id, empty when the slot is done, taken, or this is not the
     * leader any more.
     */
    public static OptionalLong claimSlot(Connection db, long slot, String instance, long fence) throws SQLException {
        if (slotRecorded(db, slot)) {
            return retake(db, slot, instance, fence);
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO backup_run (slot, trigger_kind, instance,"
                + " fence, state, started_at, heartbeat_at) SELECT ?, 'schedule', ?, ?, 'running', NOW(6), NOW(6)"
                + " FROM DUAL WHERE " + LeaseSql.HOLDS, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, slot);
            insert.setString(2, instance);
            insert.setLong(3, fence);
            holds(insert, 4, instance, fence);
            if (insert.executeUpdate() == 1) {
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return OptionalLong.of(key.getLong(1));
                }
            }
            return OptionalLong.empty();
        } catch (SQLIntegrityConstraintViolationException slotExists) {
            return retake(db, slot, instance, fence);
        }
    }

    /**
     * Whether the slot has a run already (asked first: the schedule asks every round, and a refused insert is logged).
     */
    private static boolean slotRecorded(Connection db, long slot) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM backup_run WHERE slot = ?")) {
            query.setLong(1, slot);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static OptionalLong retake(Connection db, long slot, String instance, long fence) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE backup_run SET instance = ?, fence = ?,"
                + " attempt = attempt + 1, state = 'running', started_at = NOW(6), heartbeat_at = NOW(6),"
                + " finished_at = NULL, file_name = NULL, size_bytes = NULL, file_sha256 = NULL, error = NULL"
                + " WHERE slot = ? AND attempt < ? AND ((state = 'running' AND fence < ?) OR (state = 'failed'"
                + " AND finished_at < NOW(6) - INTERVAL " + RETRY_MINUTES + " MINUTE)) AND " + LeaseSql.HOLDS)) {
            update.setString(1, instance);
            update.setLong(2, fence);
            update.setLong(3, slot);
            update.setInt(4, ATTEMPTS);
            update.setLong(5, fence);
            holds(update, 6, instance, fence);
            if (update.executeUpdate() != 1) {
                return OptionalLong.empty();
            }
        }
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM backup_run WHERE slot = ?")) {
            query.setLong(1, slot);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Records a backup asked for, running on this instance; returns its id. */
    static long startOnDemand(Connection db, String instance, String requestedBy) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO backup_run (trigger_kind, requested_by,"
                + " instance, state, started_at, heartbeat_at) VALUES ('on-demand', ?, ?, 'running', NOW(6), NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, requestedBy);
            insert.setString(2, instance);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** How a run ended. */
    public record Outcome(boolean succeeded, String file, Long sizeBytes, String sha256, String schemaVersion,
            String error) {
    }

    /**
     * Records how this instance's run ended; a scheduled run only while this instance still holds the lease with the
     * run's fence. Returns whether the row changed (false: the run is not this instance's any more).
     */
    public static boolean finish(Connection db, long id, String instance, Long fence, Outcome outcome)
            throws SQLException {
        String sql = "UPDATE backup_run SET state = ?, finished_at = NOW(6), file_name = ?, size_bytes = ?,"
                + " file_sha256 = ?, schema_version = ?, error = ? WHERE id = ? AND instance = ? AND state = 'running'"
                + (fence == null ? " AND fence IS NULL" : " AND fence = ? AND " + LeaseSql.HOLDS);
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, outcome.succeeded() ? "succeeded" : "failed");
            update.setString(2, outcome.file());
            update.setObject(3, outcome.sizeBytes());
            update.setString(4, outcome.sha256());
            update.setString(5, outcome.schemaVersion());
            update.setString(6, outcome.error() == null
                    ? null
                    : outcome.error().substring(0, Math.min(1000, outcome.error().length())));
            update.setLong(7, id);
            update.setString(8, instance);
            if (fence != null) {
                update.setLong(9, fence);
                holds(update, 10, instance, fence);
            }
            return update.executeUpdate() == 1;
        }
    }

    /** Keeps this instance's running backups from counting as abandoned. */
    static void heartbeat(Connection db, Collection<Long> ids) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE backup_run SET heartbeat_at = NOW(6)"
                + " WHERE id = ? AND state = 'running'")) {
            for (long id : ids) {
                update.setLong(1, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Marks running backups whose instance stopped beating as failed; returns how many. */
    static int failAbandoned(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE backup_run SET state = 'failed',"
                + " finished_at = NOW(6), error = 'abandoned: the server instance running it stopped'"
                + " WHERE state = 'running' AND heartbeat_at < NOW(6) - INTERVAL " + ABANDONED_MINUTES
                + " MINUTE")) {
            return update.executeUpdate();
        }
    }

    /** The successful backups beyond the newest {@code keep}, oldest last. */
    static List<BackupRun> beyondRetention(Connection db, int keep) throws SQLException {
        return query(db, "SELECT " + COLUMNS + " FROM backup_run WHERE state = 'succeeded'"
                + " ORDER BY finished_at DESC, id DESC LIMIT 1000000 OFFSET " + keep);
    }

    /** Marks a successful backup whose file the retention policy deleted. */
    static void removed(Connection db, long id) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE backup_run SET state = 'removed'"
                + " WHERE id = ? AND state = 'succeeded'")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    static Optional<BackupRun> byId(Connection db, long id) throws SQLException {
        return query(db, "SELECT " + COLUMNS + " FROM backup_run WHERE id = " + id).stream().findFirst();
    }

    static List<BackupRun> recent(Connection db, int limit) throws SQLException {
        return query(db, "SELECT " + COLUMNS + " FROM backup_run ORDER BY id DESC LIMIT " + Math.max(0, limit));
    }

    static Optional<BackupRun> lastSuccess(Connection db) throws SQLException {
        return query(db, "SELECT " + COLUMNS + " FROM backup_run WHERE state IN ('succeeded', 'removed')"
                + " ORDER BY finished_at DESC, id DESC LIMIT 1").stream().findFirst();
    }

    /** Seconds since {@code run} finished, by the database's clock. */
    static long ageSeconds(Connection db, BackupRun run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT TIMESTAMPDIFF(SECOND, finished_at, NOW(6))"
                + " FROM backup_run WHERE id = ?")) {
            query.setLong(1, run.id());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The schema version the database is at (the newest successful migration). */
    static String schemaVersion(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT version FROM"
                        + " flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC"
                        + " LIMIT 1")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static List<BackupRun> query(Connection db, String sql) throws SQLException {
        List<BackupRun> runs = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            while (row.next()) {
                runs.add(new BackupRun(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), (Long) row.getObject(6, Long.class), row.getInt(7),
                        row.getTimestamp(8).toInstant(), instant(row.getTimestamp(9)), row.getString(10),
                        row.getObject(11, Long.class), row.getString(12), row.getString(13), row.getString(14)));
            }
        }
        return runs;
    }

    private static java.time.Instant instant(Timestamp time) {
        return time == null ? null : time.toInstant();
    }

    private static void holds(PreparedStatement statement, int first, String instance, long fence)
            throws SQLException {
        statement.setString(first, Leadership.BACKUP);
        statement.setString(first + 1, instance);
        statement.setLong(first + 2, fence);
    }
}
