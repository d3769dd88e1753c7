package org.medmesh.platform.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A lease on a singleton job in the hospital's database, with a fence: taken when free or expired, renewed by its
 * holder, and its fence raised whenever it changes hands (or its holder lost it meanwhile). The database's clock
 * decides expiry; there is no other clock. A job's write is safe only when conditioned, in the same statement, on
 * {@link #HOLDS}: a former holder's write then changes nothing.
 */
public final class LeaseSql {

    /**
     * The condition a fenced write adds to its statement, with the parameters name, owner and fence: the lease is still
     * this holder's, with this fence, and not expired.
     */
    public static final String HOLDS = "EXISTS (SELECT 1 FROM leader_lease WHERE name = ? AND owner = ? AND fence = ?"
            + " AND expires_at > NOW(6))";

    private LeaseSql() {
    }

    /**
     * Takes or renews the lease {@code name} for {@code owner} for {@code seconds}; returns the fence it holds, empty
     * when another holder's lease still runs. The fence assignment comes first: MariaDB evaluates SET from left to
     * right with the values already updated.
     */
    public static OptionalLong acquire(Connection db, String name, String owner, int seconds) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT IGNORE INTO leader_lease (name, owner, fence,"
                + " expires_at) VALUES (?, NULL, 0, TIMESTAMP('1970-01-01 00:00:01'))")) {
            row.setString(1, name);
            row.executeUpdate();
        }
        int taken;
        try (PreparedStatement take = db.prepareStatement("UPDATE leader_lease SET fence = IF(owner = ? AND "
                + "expires_at >= NOW(6), fence, fence + 1), owner = ?, expires_at = NOW(6) + INTERVAL ? SECOND "
                + "WHERE name = ? AND (expires_at < NOW(6) OR owner = ?)")) {
            take.setString(1, owner);
            take.setString(2, owner);
            take.setInt(3, seconds);
            take.setString(4, name);
            take.setString(5, owner);
            taken = take.executeUpdate();
        }
        if (taken != 1) {
            return OptionalLong.empty();
        }
        try (PreparedStatement read = db
                .prepareStatement("SELECT fence FROM leader_lease WHERE name = ? AND owner = ?")) {
            read.setString(1, name);
            read.setString(2, owner);
            try (ResultSet fence = read.executeQuery()) {
                return fence.next() ? OptionalLong.of(fence.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Lets the lease go at once (an instance shutting down), if {@code owner} holds it. */
    public static void release(Connection db, String name, String owner) throws SQLException {
        try (PreparedStatement release = db.prepareStatement("UPDATE leader_lease SET expires_at = NOW(6) - "
                + "INTERVAL 1 SECOND WHERE name = ? AND owner = ?")) {
            release.setString(1, name);
            release.setString(2, owner);
            release.executeUpdate();
        }
    }

    /** Who holds the lease now, its fence and until when; empty when it was never taken. */
    public static Optional<Holder> holder(Connection db, String name) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT owner, fence, expires_at, expires_at > NOW(6) "
                + "FROM leader_lease WHERE name = ?")) {
            read.setString(1, name);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(row.getString(1), row.getLong(2),
                        row.getTimestamp(3).toInstant(), row.getBoolean(4)));
            }
        }
    }

    /** A lease's holder as the database sees it. */
    public record Holder(String owner, long fence, Instant expiresAt, boolean current) {
    }
}
