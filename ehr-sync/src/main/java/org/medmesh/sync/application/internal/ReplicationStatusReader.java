package org.medmesh.sync.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.medmesh.shared.infrastructure.replication.ReplicaTables;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.sync.application.ReplicationOperations.ReplicaDigest;
import org.medmesh.sync.application.ReplicationOperations.TableDigest;
import org.medmesh.sync.application.SyncStatus;
import org.medmesh.sync.application.SyncStatus.PeerStatus;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;
import org.medmesh.sync.infrastructure.broker.EmbeddedBroker;
import org.medmesh.sync.infrastructure.broker.PeerLink;
import org.medmesh.sync.infrastructure.broker.ProbedBrokerHealth;
import org.medmesh.sync.infrastructure.persistence.ReplicaStoreFailure;
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger;
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger.LagFigures;
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger.LastApplied;

/** Gathers the replication status from the broker and the database; shared by the admin API and the metrics. */
@ApplicationScoped
public class ReplicationStatusReader {

    @Resource(lookup = InboxApplier.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ReplicaTables tables;

    @Inject
    BrokerSettings settings;

    @Inject
    EmbeddedBroker broker;

    @Inject
    ThisHospital hospital;

    public SyncStatus status() {
        try (Connection db = dataSource.getConnection()) {
            ReplicationLedger ledger = new ReplicationLedger(db, tables);
            ReplicationLedger.Backlog backlog = ledger.relayBacklog();
            List<PeerStatus> peers = new ArrayList<>();
            for (PeerHospital peer : settings.peers()) {
                peers.add(peerStatus(peer, ledger));
            }
            return new SyncStatus(hospital.profile().id().value(), Instant.now(), backlog.events(), backlog.oldest(),
                    ledger.pending(), ledger.openConflicts(), ledger.quarantined(), ledger.forged(),
                    ProbedBrokerHealth.channel(settings), peers);
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot read the replication status: " + e.getMessage(), e);
        }
    }

    public PeerStatus peerStatus(PeerHospital peer) {
        try (Connection db = dataSource.getConnection()) {
            return peerStatus(peer, new ReplicationLedger(db, tables));
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot read the replication status: " + e.getMessage(), e);
        }
    }

    public ReplicaDigest digest() {
        try (Connection db = dataSource.getConnection()) {
            ReplicationLedger ledger = new ReplicationLedger(db, tables);
            Map<String, TableDigest> tables = new LinkedHashMap<>();
            ledger.digests()
                    .forEach((type, digest) -> tables.put(type, new TableDigest(digest.rows(), digest.sha256())));
            String here = hospital.profile().id().value();
            long[] outbox = ledger.outboxCounts(here);
            return new ReplicaDigest(here, tables, outbox[0], outbox[1], ledger.receivedByOrigin());
        } catch (SQLException e) {
            throw new ReplicaStoreFailure("cannot compute the replication digests: " + e.getMessage(), e);
        }
    }

    public Optional<PeerHospital> peer(String id) {
        return settings.peers().stream().filter(p -> p.id().value().equals(id)).findFirst();
    }

    private PeerStatus peerStatus(PeerHospital peer, ReplicationLedger ledger) throws SQLException {
        Optional<LastApplied> last = ledger.lastAppliedFrom(peer.id().value());
        LagFigures recent = ledger.lagFrom(peer.id().value(), Instant.now().minus(Duration.ofMinutes(5)));
        Optional<PeerLink> link = broker.link(peer);
        String hlc = last.map(LastApplied::hlc).orElse(null);
        Instant appliedAt = last.map(LastApplied::appliedAt).orElse(null);
        Long lag = hlc == null ? null : Math.max(0, appliedAt.toEpochMilli() - Hlc.parse(hlc).millis());
        return new PeerStatus(peer.id().value(), link.map(PeerLink::queueDepth).orElse(null),
                link.map(PeerLink::oldestAgeMillis).orElse(null), link.map(PeerLink::connected).orElse(null),
                link.map(PeerLink::paused).orElse(false), hlc, appliedAt, lag, recent.changes(), recent.p50Millis(),
                recent.p99Millis());
    }
}
