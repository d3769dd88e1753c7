package org.medmesh.sync.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.medmesh.shared.infrastructure.replication.ReplicaTables;
import org.medmesh.sync.domain.model.Change;

/**
 * The hospital database as replication's services use it: work runs on a connection of the caller's transaction,
 * through the replication's stores (what they hold back is sent when the work returns), and a database failure becomes
 * a {@link ReplicaStoreFailure} saying what was being done. The services never see a connection or a statement.
 */
@ApplicationScoped
public class SyncDatabase {

    static final String DATA_SOURCE = "java:app/jdbc/hospital";

    /** What runs on one connection. */
    @FunctionalInterface
    public interface Work<T> {

        T run(Session session) throws SQLException;
    }

    /** The replication's stores on one connection of the current transaction. */
    public static final class Session {

        private final Connection db;
        private final ReplicaTables tables;
        private JdbcReplicaStore replicaStore;

        private Session(Connection db, ReplicaTables tables) {
            this.db = db;
            this.tables = tables;
        }

        /** The replication rules' state (one per session: it remembers what the batch read). */
        public JdbcReplicaStore replicaStore() {
            if (replicaStore == null) {
                replicaStore = new JdbcReplicaStore(db, Clock.systemUTC(), tables);
            }
            return replicaStore;
        }

        public ReplicaSnapshot snapshot() {
            return new ReplicaSnapshot(db, tables);
        }

        public ReplicationLedger ledger() {
            return new ReplicationLedger(db, tables);
        }

        public ConflictRecords conflicts() {
            return new ConflictRecords(db);
        }

        public QuarantineRecords quarantine() {
            return new QuarantineRecords(db);
        }

        /** Sends what the replica store holds back (inbox rows, record generations) before the transaction ends. */
        private void finish() {
            if (replicaStore != null) {
                replicaStore.flush();
            }
        }

        /** Closes a conflict here as a peer's reviewer resolved it. */
        public void applyResolution(Change resolution) {
            try {
                ConflictResolutions.apply(db, resolution);
            } catch (SQLException e) {
                throw new ReplicaStoreFailure("cannot record a conflict's resolution: " + e.getMessage(), e);
            }
        }
    }

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ReplicaTables tables;

    /** Runs {@code work} on a connection of the current transaction; {@code what} names it in a failure. */
    public <T> T run(String what, Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            Session session = new Session(db, tables);
            T result = work.run(session);
            session.finish();
            return result;
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
