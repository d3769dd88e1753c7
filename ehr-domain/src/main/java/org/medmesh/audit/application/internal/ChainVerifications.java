package org.medmesh.audit.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The latest verification of the audit chain at this server instance — the scheduled one
 * ({@link ScheduledChainVerification}) or one an administrator asked for — as metrics present from start-up:
 * {@code medmesh_audit_chain_intact} (1 intact, 0 broken, NaN before the first verification here),
 * {@code medmesh_audit_chain_verified_entries} and {@code medmesh_audit_chain_verified_timestamp_seconds}.
 */
@ApplicationScoped
public class ChainVerifications {

    private static final Logger LOG = Logger.getLogger(ChainVerifications.class.getName());

    @Inject
    MetricRegistry metrics;

    private volatile Latest latest;

    private record Latest(boolean intact, long checked, Instant at) {
    }

    /** Made with the application, so the series are scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        metrics.gauge(Metadata.builder().withName("medmesh_audit_chain_intact").withDescription("1 when the latest"
                + " verification of the audit chain at this server instance found it intact, 0 when broken, NaN before"
                + " the first").build(), this, v -> v.value(l -> l.intact() ? 1 : 0));
        metrics.gauge(Metadata.builder().withName("medmesh_audit_chain_verified_entries").withDescription("Entries"
                + " the latest verification of the audit chain checked (NaN before the first)").build(), this,
                v -> v.value(Latest::checked));
        metrics.gauge(Metadata.builder().withName("medmesh_audit_chain_verified_timestamp_seconds")
                .withDescription("When the audit chain was last verified at this server instance, in seconds since"
                        + " the epoch (NaN before the first)")
                .build(), this, v -> v.value(l -> l.at().getEpochSecond()));
    }

    private double value(ToDoubleFunction<Latest> of) {
        Latest now = latest;
        return now == null ? Double.NaN : of.applyAsDouble(now);
    }

    /** Keeps a verification's outcome; a broken chain is told to the operator (positions only, no record). */
    public void record(boolean intact, long checked, Long firstBrokenSeq, String problem) {
        latest = new Latest(intact, checked, Instant.now());
        if (!intact) {
            LOG.severe(() -> "The audit chain is broken at entry " + firstBrokenSeq + ": " + problem
                    + ". See docs/operations.md, alert AuditChainBroken.");
        }
    }
}
