package org.medmesh.sync.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.medmesh.events.application.ChangeClock;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.Replicator;
import org.medmesh.sync.infrastructure.persistence.JdbcReplicaStore;
import org.medmesh.sync.infrastructure.persistence.ReplicaStoreFailure;

/**
 * Applies one received change in its own database transaction: the inbox entry, the record's new state (or the parked
 * conflict, or the wait for its patient) commit together or not at all. Called only by the inbox consumer, which has no
 * caller identity; it exposes nothing to clients.
 */
@Stateless
@PermitAll
public class InboxApplier {

    static final String DATA_SOURCE = "java:app/jdbc/hospital";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ChangeClock clock;

    @Inject
    ThisHospital hospital;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome apply(Change change) {
        return withReplicator(replicator -> replicator.receive(change));
    }

    /** Applies received changes in arrival order, all in one transaction: all or none are applied. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyAll(List<Change> changes) {
        withReplicator(replicator -> {
            changes.forEach(replicator::receive);
            return null;
        });
    }

    /** Merges the record states a peer sent to repair this hospital, all in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void repair(List<Change> states) {
        withReplicator(replicator -> {
            states.forEach(replicator::repair);
            return null;
        });
    }

    /** Runs the replication rules over this hospital's database, on a connection of the current transaction. */
    private <T> T withReplicator(Function<Replicator, T> work) {
        try (Connection db = dataSource.getConnection()) {
            return work.apply(new Replicator(new JdbcReplicaStore(db, Clock.systemUTC(), hospital.profile().id()
                    .value()), clock::receive));
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot reach the hospital database: " + e.getMessage(), e);
        }
    }

    /** Keeps a message that cannot be applied, whole, for an operator; a second quarantine of it is ignored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantine(String messageId, String body, String failure, int attempts) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement("insert into sync_quarantine (message_id, body, "
                        + "failure, attempts, quarantined_at) values (?, ?, ?, ?, ?) "
                        + "on duplicate key update attempts = attempts + values(attempts)")) {
            insert.setString(1, messageId);
            insert.setString(2, body);
            insert.setString(3, failure.length() > 1000 ? failure.substring(0, 1000) : failure);
            insert.setInt(4, attempts);
            insert.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot quarantine message " + messageId + ": " + e.getMessage(), e);
        }
    }
}
