package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.sync.application.SyncStatus;
import org.medmesh.sync.application.SyncStatus.PeerStatus;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;

/**
 * Replication figures as MicroProfile metrics (Prometheus at {@code /metrics?scope=application}): relay backlog,
 * pending, open conflicts, quarantined messages, and per peer queue depth, oldest unacknowledged age, bridge state and
 * lag (in seconds), each with its help text; NaN where a figure cannot be read. A status read (it scans the last five
 * minutes of received changes for the lag percentiles) is cached for {@value #CACHE_SECONDS} s, about one scrape
 * interval, so scraping every gauge costs one read.
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
        hospitalGauge("medmesh_sync_relay_backlog", "Changes committed here that the relay has not yet sent",
                SyncStatus::relayBacklog);
        hospitalGauge("medmesh_sync_pending", "Changes received and waiting to be applied here (an earlier version"
                + " missing)", SyncStatus::pending);
        hospitalGauge("medmesh_sync_conflicts_open", "Conflicts parked for review and not yet resolved",
                SyncStatus::openConflicts);
        hospitalGauge("medmesh_sync_quarantined", "Received messages quarantined (not applied), for any reason",
                SyncStatus::quarantined);
        hospitalGauge("medmesh_sync_quarantined_forged", "Received messages quarantined as forged or unverifiable",
                SyncStatus::forged);
        for (PeerHospital peer : settings.peers()) {
            String id = peer.id().value();
            peerGauge(id, "medmesh_sync_peer_queue_depth", "Our changes the peer has not yet confirmed (NaN with a"
                    + " broker run apart)", p -> count(p.queueDepth()));
            peerGauge(id, "medmesh_sync_peer_oldest_unacknowledged_seconds", "Age of the oldest of our changes the"
                    + " peer has not yet confirmed (0: none)", p -> seconds(p.oldestUnacknowledgedMillis()));
            peerGauge(id, "medmesh_sync_peer_bridge_connected", "1 while the bridge to the peer is connected, else 0",
                    p -> Boolean.TRUE.equals(p.bridgeConnected()) ? 1 : 0);
            peerGauge(id, "medmesh_sync_peer_lag_seconds", "For the latest change applied from the peer, the time"
                    + " from its commit there to its apply here", p -> seconds(p.lagMillis()));
            peerGauge(id, "medmesh_sync_peer_lag_p99_seconds", "99th percentile of that lag over the changes applied"
                    + " from the peer in the last five minutes", p -> seconds(p.lagP99Millis()));
        }
    }

    private void hospitalGauge(String name, String help, ToLongFunction<SyncStatus> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(help).build(), this, metrics -> {
            SyncStatus status = metrics.current();
            return status == null ? Double.NaN : figure.applyAsLong(status);
        });
    }

    private void peerGauge(String id, String name, String help, ToDoubleFunction<PeerStatus> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(help).build(), this, metrics -> {
            SyncStatus status = metrics.current();
            if (status == null) {
                return Double.NaN;
            }
            return status.peers().stream().filter(p -> p.peer().equals(id)).findFirst()
                    .map(figure::applyAsDouble).orElse(Double.NaN);
        }, new Tag("peer", id));
    }

    private static double count(Long value) {
        return value == null ? Double.NaN : value;
    }

    private static double seconds(Long millis) {
        return millis == null ? Double.NaN : millis / 1_000.0;
    }

    /** The status of the last few seconds, or null when it cannot be read (gauges then show NaN). */
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
