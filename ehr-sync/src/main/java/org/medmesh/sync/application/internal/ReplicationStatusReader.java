package org.medmesh.sync.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.medmesh.sync.infrastructure.persistence.SyncDatabase;
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
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger;
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger.LagFigures;
import org.medmesh.sync.infrastructure.persistence.ReplicationLedger.LastApplied;

/** Gathers the replication status from the broker and the database; shared by the admin API and the metrics. */
@ApplicationScoped
public class ReplicationStatusReader {

    @Inject
    SyncDatabase database;

    @Inject
    BrokerSettings settings;

    @Inject
    EmbeddedBroker broker;

    @Inject
    ThisHospital hospital;

    public SyncStatus status() {
        return database.run("read the replication status", session -> {
            ReplicationLedger ledger = session.ledger();
            ReplicationLedger.Backlog backlog = ledger.relayBacklog();
            List<PeerStatus> peers = new ArrayList<>();
            for (PeerHospital peer : settings.peers()) {
                peers.add(peerStatus(peer, ledger.lastAppliedFrom(peer.id().value()),
                        ledger.lagFrom(peer.id().value(), recently())));
            }
            return new SyncStatus(hospital.profile().id().value(), Instant.now(), backlog.events(), backlog.oldest(),
                    ledger.pending(), ledger.openConflicts(), ledger.quarantined(), ledger.forged(),
                    ProbedBrokerHealth.channel(settings), peers);
        });
    }

    public PeerStatus peerStatus(PeerHospital peer) {
        return database.run("read the replication status", session -> peerStatus(peer,
                session.ledger().lastAppliedFrom(peer.id().value()),
                session.ledger().lagFrom(peer.id().value(), recently())));
    }

    public ReplicaDigest digest() {
        return database.run("compute the replication digests", session -> {
            ReplicationLedger ledger = session.ledger();
            Map<String, TableDigest> tables = new LinkedHashMap<>();
            ledger.digests()
                    .forEach((type, digest) -> tables.put(type, new TableDigest(digest.rows(), digest.sha256())));
            String here = hospital.profile().id().value();
            long[] outbox = ledger.outboxCounts(here);
            return new ReplicaDigest(here, tables, outbox[0], outbox[1], ledger.receivedByOrigin());
        });
    }

    public Optional<PeerHospital> peer(String id) {
        return settings.peers().stream().filter(p -> p.id().value().equals(id)).findFirst();
    }

    /** The lag figures cover the changes of the last five minutes. */
    private static Instant recently() {
        return Instant.now().minus(Duration.ofMinutes(5));
    }

    private PeerStatus peerStatus(PeerHospital peer, Optional<LastApplied> last, LagFigures recent) {
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
