package org.medmesh.bench.scenario;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.shared.domain.model.Hlc;

/**
 * What a receiving hospital's database says about the changes it applied from a sender: its inbox records, for each
 * change, the sender's timestamp (the HLC's wall-clock part, taken when the sender committed) and when it was applied
 * here.
 */
final class PeerInbox {

    /**
     * One applied change.
     *
     * @param committedAtMillis wall-clock time of the commit at the sender
     * @param appliedAtMicros wall-clock time of the apply here
     * @param copies inbox entries for the record (exactly one for a record created once)
     */
    record Applied(long committedAtMillis, long appliedAtMicros, int copies) {
    }

    private final HospitalNode receiver;
    private final HospitalNode sender;

    PeerInbox(HospitalNode receiver, HospitalNode sender) {
        this.receiver = receiver;
        this.sender = sender;
    }

    /** Waits until the receiver has applied every change the sender ever originated; false at the deadline. */
    boolean caughtUp(Duration deadline) throws SQLException, InterruptedException {
        long until = System.nanoTime() + deadline.toNanos();
        try (Connection from = sender.connect(); Connection to = receiver.connect()) {
            while (System.nanoTime() < until) {
                long sent = count(from, "SELECT COUNT(*) FROM outbox_event WHERE origin_hospital = ?");
                long applied = count(to, "SELECT COUNT(*) FROM sync_inbox WHERE origin_hospital = ?");
                if (applied >= sent) {
                    return true;
                }
                Thread.sleep(100);
            }
        }
        return false;
    }

    /** The changes from the sender applied since a moment, by the id of the record each created or changed. */
    Map<UUID, Applied> appliedSince(Instant since) throws SQLException {
        Map<UUID, Applied> applied = new HashMap<>();
        try (Connection to = receiver.connect();
                PreparedStatement select = to.prepareStatement(
                        "SELECT aggregate_id, hlc, received_at FROM sync_inbox WHERE origin_hospital = ? AND received_at >= ?")) {
            select.setString(1, sender.id());
            select.setObject(2, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ByteBuffer bytes = ByteBuffer.wrap(rows.getBytes(1));
                    UUID id = new UUID(bytes.getLong(), bytes.getLong());
                    Instant at = rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
                    Applied entry = new Applied(Hlc.parse(rows.getString(2)).millis(), micros, 1);
                    applied.merge(id, entry, (a, b) -> new Applied(a.committedAtMillis(), a.appliedAtMicros(),
                            a.copies() + b.copies()));
                }
            }
        }
        return applied;
    }

    private long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, sender.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
