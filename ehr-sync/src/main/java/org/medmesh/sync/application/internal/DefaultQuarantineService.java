package org.medmesh.sync.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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

import javax.sql.DataSource;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.sync.application.QuarantineReason;
import org.medmesh.sync.application.QuarantineService;
import org.medmesh.sync.application.QuarantinedMessage;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;
import org.medmesh.sync.infrastructure.persistence.ReplicaStoreFailure;

@Stateless
public class DefaultQuarantineService implements QuarantineService {

    private static final String COLUMNS = "select message_id, reason, failure, sender, attempts, quarantined_at, "
            + "retried_at, resolved_at, body from sync_quarantine";

    @Resource(lookup = InboxApplier.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    InboxApplier applier;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<QuarantinedMessage> list(boolean waitingOnly, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1-500");
        }
        List<QuarantinedMessage> messages = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(COLUMNS
                        + (waitingOnly ? " where resolved_at is null" : "")
                        + " order by quarantined_at desc limit ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(view(rows));
                }
            }
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot list the quarantine: " + e.getMessage(), e);
        }
        return messages;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public QuarantinedMessage retry(String id) {
        Stored stored = find(id).orElseThrow(() -> new RecordNotFound("quarantined message", id));
        if (stored.view().resolvedAt() != null) {
            throw new IllegalTransition("quarantine-resolved", "This message was applied by an earlier retry, at "
                    + stored.view().resolvedAt() + ".");
        }
        boolean repairedState = id.startsWith(InboxApplier.REPAIRED_STATE);
        Change change;
        try {
            change = repairedState ? ChangeDocument.read(stored.body()) : ChangeMessage.read(stored.body()).toChange();
        } catch (RuntimeException notAChange) {
            throw new IllegalTransition("quarantine-not-a-change", "This message is not a single change (a malformed "
                    + "message or an anti-entropy batch): it cannot be applied; ask the peer for a repair instead.");
        }
        Optional<String> refusal = applier.retry(id, change, repairedState);
        if (refusal.isPresent()) {
            throw new IllegalTransition("quarantine-still-refused", "The change is still refused: " + refusal.get()
                    + ". Fix the cause (e.g. add the origin's rotated key to the network keys file) and retry.");
        }
        return find(id).orElseThrow().view();
    }

    private record Stored(QuarantinedMessage view, String body) {
    }

    private Optional<Stored> find(String id) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(COLUMNS + " where message_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(view(row), row.getString(9))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot read the quarantine: " + e.getMessage(), e);
        }
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
