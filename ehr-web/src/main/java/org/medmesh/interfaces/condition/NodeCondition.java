package org.medmesh.interfaces.condition;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.platform.application.DatabaseHealth;
import org.medmesh.platform.application.WokenLoop;
import org.medmesh.sync.application.PeerReachability;

/**
 * Probes the database and the bridges to the peers every {@link #PROBE_EVERY} on a thread of its own, so that no
 * request waits for a probe; requests and pages read the latest {@link Condition}. The operator is told in the log when
 * the condition changes, and by the metric {@code medmesh_node_degraded{cause}}.
 */
@ApplicationScoped
@Named("nodeCondition")
public class NodeCondition {

    static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(NodeCondition.class.getName());

    @Inject
    DatabaseHealth database;

    @Inject
    PeerReachability peers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MetricRegistry metrics;

    private final ConditionWatch watch = new ConditionWatch();
    private volatile Condition current = Condition.normal(Instant.now());
    private WokenLoop loop;

    /** Made with the application, so the first probe runs before the first request. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void start() {
        Metadata degraded = Metadata.builder().withName("medmesh_node_degraded").withDescription("1 while this"
                + " server instance is degraded for the cause (database-unreachable, peers-unreachable), else 0")
                .build();
        for (DegradationCause cause : DegradationCause.values()) {
            metrics.gauge(degraded, this, node -> node.current.has(cause) ? 1 : 0, new Tag("cause", cause.token()));
        }
        loop = new WokenLoop(threads, "Node condition probe", "medmesh-node-condition", Duration.ZERO, PROBE_EVERY,
                this::probe);
        loop.start();
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private void probe() {
        Condition found = watch.observe(database.check().up(), peers.reach(), Instant.now());
        Condition before = current;
        current = found;
        if (!found.causes().equals(before.causes())) {
            LOG.log(found.degraded() ? Level.WARNING : Level.INFO, () -> "This node's condition is now "
                    + found.header());
        }
    }

    public Condition current() {
        return current;
    }

    /** For the pages: whether to show the banner. */
    public boolean isDegraded() {
        return current.degraded();
    }

    /** For the pages: one line per cause. */
    public List<String> getBanners() {
        return current.ordered().stream().map(DegradationCause::banner).toList();
    }
}
