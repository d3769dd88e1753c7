package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.sync.application.SyncStatus;
import org.medmesh.sync.application.SyncStatus.PeerStatus;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;

/**
 * Replication figures as MicroProfile metrics (Prometheus at {@code /metrics?scope=application}): relay backlog,
 * pending, open conflicts, quarantined messages, and per peer queue depth, oldest unacknowledged age, bridge state and
 * lag. A status read (it scans the last five minutes of received changes for the lag percentiles) is cached for
 * {@value #CACHE_SECONDS} s, about one scrape interval, so scraping every gauge costs one read.
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReplicationMetrics {

    static final int CACHE_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ReplicationMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    ReplicationStatusReader reader;

    @Inject
    BrokerSettings settings;

    private volatile SyncStatus cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    @PostConstruct
    void register() {
        registry.gauge("medmesh_sync_relay_backlog", () -> figure(SyncStatus::relayBacklog));
        registry.gauge("medmesh_sync_pending", () -> figure(SyncStatus::pending));
        registry.gauge("medmesh_sync_conflicts_open", () -> figure(SyncStatus::openConflicts));
        registry.gauge("medmesh_sync_quarantined", () -> figure(SyncStatus::quarantined));
        registry.gauge("medmesh_sync_quarantined_forged", () -> figure(SyncStatus::forged));
        for (PeerHospital peer : settings.peers()) {
            Tag tag = new Tag("peer", peer.id().value());
            String id = peer.id().value();
            registry.gauge("medmesh_sync_peer_queue_depth", () -> peer(id, PeerStatus::queueDepth), tag);
            registry.gauge("medmesh_sync_peer_oldest_unacknowledged_ms",
                    () -> peer(id, PeerStatus::oldestUnacknowledgedMillis), tag);
            registry.gauge("medmesh_sync_peer_bridge_connected",
                    () -> peer(id, p -> Boolean.TRUE.equals(p.bridgeConnected()) ? 1L : 0L), tag);
            registry.gauge("medmesh_sync_peer_lag_ms", () -> peer(id, PeerStatus::lagMillis), tag);
            registry.gauge("medmesh_sync_peer_lag_p99_ms", () -> peer(id, PeerStatus::lagP99Millis), tag);
        }
    }

    private long figure(ToLongFunction<SyncStatus> figure) {
        SyncStatus status = current();
        return status == null ? -1 : figure.applyAsLong(status);
    }

    private long peer(String id, Function<PeerStatus, Long> figure) {
        SyncStatus status = current();
        if (status == null) {
            return -1;
        }
        return status.peers().stream().filter(p -> p.peer().equals(id)).findFirst().map(figure).orElse(-1L);
    }

    /** The status of the last few seconds, or null when it cannot be read (gauges then show -1). */
    private SyncStatus current() {
        if (cached == null || cachedAt.isBefore(Instant.now().minusSeconds(CACHE_SECONDS))) {
            try {
                cached = reader.status();
                cachedAt = Instant.now();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Replication status unavailable for metrics", e);
                return null;
            }
        }
        return cached;
    }
}
