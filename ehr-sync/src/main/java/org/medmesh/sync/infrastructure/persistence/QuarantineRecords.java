package org.medmesh.sync.infrastructure.persistence;

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

import org.medmesh.sync.application.QuarantineReason;
import org.medmesh.sync.application.QuarantinedMessage;

/**
 * The quarantine ({@code sync_quarantine}): messages from peers kept whole, with why, until an operator retries them. A
 * failure's text is kept here (in the database that holds the data), never in the log.
 */
public final class QuarantineRecords {

    private static final String COLUMNS = "select message_id, reason, failure, sender, attempts, quarantined_at, "
            + "retried_at, resolved_at, body from sync_quarantine";
    private static final int MAX_FAILURE = 1000;

    /** A quarantined message as operators see it, and its body as it arrived. */
    public record Stored(QuarantinedMessage view, String body) {
    }

    private final Connection db;

    QuarantineRecords(Connection db) {
        this.db = db;
    }

    /** The most recent first; only those not yet applied when {@code waitingOnly}. */
    public List<QuarantinedMessage> list(boolean waitingOnly, int limit) throws SQLException {
        List<QuarantinedMessage> messages = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(COLUMNS + (waitingOnly ? " where resolved_at is null" : "")
                + " order by quarantined_at desc limit ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(view(rows));
                }
            }
        }
        return messages;
    }

    public Optional<Stored> find(String messageId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(COLUMNS + " where message_id = ?")) {
            select.setString(1, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(view(row), row.getString(9))) : Optional.empty();
            }
        }
    }

    /** Keeps a message, whole; a second quarantine of it adds its attempts and replaces the reason. */
    public void store(String messageId, String body, String failure, int attempts, QuarantineReason reason,
            String sender) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into sync_quarantine (message_id, body, "
                + "failure, attempts, quarantined_at, reason, sender) values (?, ?, ?, ?, ?, ?, ?) "
                + "on duplicate key update attempts = attempts + values(attempts), "
                + "failure = values(failure), reason = values(reason), resolved_at = null")) {
            insert.setString(1, messageId);
            insert.setString(2, body);
            insert.setString(3, clipped(failure));
            insert.setInt(4, attempts);
            insert.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            insert.setString(6, reason.name());
            insert.setString(7, sender);
            insert.executeUpdate();
        }
    }

    /** Records a retry: resolved when {@code stillRefused} is null, else refused again for that reason. */
    public void markRetried(String messageId, String stillRefused) throws SQLException {
        String sql = stillRefused == null
                ? "update sync_quarantine set retried_at = ?, resolved_at = retried_at where message_id = ?"
                : "update sync_quarantine set retried_at = ?, attempts = attempts + 1, reason = 'FORGED', "
                        + "failure = ? where message_id = ?";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            if (stillRefused == null) {
                update.setString(2, messageId);
            } else {
                update.setString(2, clipped(stillRefused));
                update.setString(3, messageId);
            }
            update.executeUpdate();
        }
    }

    private static String clipped(String text) {
        return text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE) : text;
    }

    private static QuarantinedMessage view(ResultSet row) throws SQLException {
        QuarantineReason reason = QuarantineReason.valueOf(row.getString(2));
        String failure = switch (reason) {
            case FORGED -> row.getString(3);
            case MALFORMED -> "not a change or anti-entropy message";
            case FAILED -> "refused by this hospital's database after repeated attempts (its words are kept with the "
                    + "message in the database)";
        };
        return new QuarantinedMessage(row.getString(1), reason, failure, row.getString(4), row.getInt(5),
                instant(row.getObject(6, LocalDateTime.class)), instant(row.getObject(7, LocalDateTime.class)),
                instant(row.getObject(8, LocalDateTime.class)));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
