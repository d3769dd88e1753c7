package org.medmesh.sync.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicaTables;

/** Read-only figures about replication at this hospital, for status, metrics and digests. */
public final class ReplicationLedger {

    /** What is waiting in the outbox: how many events and since when. */
    public record Backlog(long events, Instant oldest) {
    }

    /** The latest change received from one peer and when it was applied here. */
    public record LastApplied(String hlc, Instant appliedAt) {
    }

    /** Rows and a SHA-256 over their ids and stamps, in id order: equal at two hospitals iff they hold the same. */
    public record TableDigest(long rows, String sha256) {
    }

    private final Connection db;
    private final ReplicaTables tables;

    public ReplicationLedger(Connection db, ReplicaTables tables) {
        this.db = db;
        this.tables = tables;
    }

    public Backlog relayBacklog() throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select count(*), min(occurred_at) from outbox_event where published_at is null");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new Backlog(row.getLong(1), instant(row.getObject(2, LocalDateTime.class)));
        }
    }

    public Optional<LastApplied> lastAppliedFrom(String peer) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select hlc, received_at from sync_inbox "
                + "where origin_hospital = ? order by hlc desc limit 1")) {
            select.setString(1, peer);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new LastApplied(row.getString(1),
                                instant(row.getObject(2, LocalDateTime.class))))
                        : Optional.empty();
            }
        }
    }

    /**
     * Replication lag of the changes received from a peer since a moment: from the change's timestamp at the peer (its
     * HLC's wall-clock part) to its apply here. Changes brought by a repair are not lag and are left out.
     */
    public LagFigures lagFrom(String peer, Instant since) throws SQLException {
        List<Long> lags = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select hlc, received_at from sync_inbox "
                + "where received_at >= ? and origin_hospital = ? and outcome <> 'REPAIRED' limit 100000")) {
            select.setObject(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
            select.setString(2, peer);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long committed = Hlc.parse(rows.getString(1)).millis();
                    long applied = instant(rows.getObject(2, LocalDateTime.class)).toEpochMilli();
                    lags.add(Math.max(0, applied - committed));
                }
            }
        }
        Collections.sort(lags);
        return new LagFigures(lags.size(), percentile(lags, 50), percentile(lags, 99));
    }

    /** How many changes, and their lag at the 50th and 99th percentile (null without changes). */
    public record LagFigures(long changes, Long p50Millis, Long p99Millis) {
    }

    private static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Received changes waiting for their patient's registration. */
    public long pending() throws SQLException {
        return count("select count(*) from sync_pending");
    }

    public long openConflicts() throws SQLException {
        return count("select count(*) from sync_conflict where status = 'OPEN'");
    }

    /** Quarantined messages still waiting for an operator. */
    public long quarantined() throws SQLException {
        return count("select count(*) from sync_quarantine where resolved_at is null");
    }

    /** Of those, the ones refused because their origin's signature does not hold. */
    public long forged() throws SQLException {
        return count("select count(*) from sync_quarantine where resolved_at is null and reason = 'FORGED'");
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Changes in the outbox: how many, and how many of them did not originate here (an echo; always 0). */
    public long[] outboxCounts(String hospital) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select count(*), coalesce(sum(origin_hospital <> ?), 0) from outbox_event")) {
            select.setString(1, hospital);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new long[]{row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** Changes received, by the hospital they came from. */
    public Map<String, Long> receivedByOrigin() throws SQLException {
        Map<String, Long> received = new TreeMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "select origin_hospital, count(*) from sync_inbox group by origin_hospital");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                received.put(rows.getString(1), rows.getLong(2));
            }
        }
        return received;
    }

    /** The digest of every replicated table, by record type. */
    public Map<String, TableDigest> digests() throws SQLException {
        Map<String, TableDigest> digests = new LinkedHashMap<>();
        for (ReplicaTable table : tables.all()) {
            digests.put(table.recordType().wireName(), digest(table));
        }
        return digests;
    }

    private TableDigest digest(ReplicaTable table) throws SQLException {
        StampDigest digest = new StampDigest();
        table.eachStamp(db, null, null, 1, digest::add);
        return new TableDigest(digest.rows(), digest.hex());
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

}
