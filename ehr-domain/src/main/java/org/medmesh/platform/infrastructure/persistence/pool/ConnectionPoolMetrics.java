package org.medmesh.platform.infrastructure.persistence.pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.medmesh.platform.infrastructure.persistence.HospitalDatabase;

/**
 * The database connection pool's figures (Prometheus at {@code /metrics?scope=application}), present from start-up:
 * connections in use and idle, requests waiting for one, the pool's maximum, and the requests that gave up waiting. The
 * gauges read Payara's pool at each scrape and are NaN while it is not there (made with the first connection) or cannot
 * be read (one warning in the log); time-outs are counted from when the pool is first seen.
 */
@ApplicationScoped
public class ConnectionPoolMetrics {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "java:app/AppName")
    String applicationName;

    private Counter timeouts;
    private PoolTimeouts watching;
    private boolean unreadable;
    private boolean uncounted;

    /** Made with the application, so every series is scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        gauge("medmesh_db_pool_connections_in_use", "Connections of the database pool handed out now",
                PoolFigures::inUse);
        gauge("medmesh_db_pool_connections_idle", "Connections of the database pool open and free now",
                PoolFigures::idle);
        gauge("medmesh_db_pool_requests_waiting", "Requests waiting now for a connection of the database pool",
                PoolFigures::waiting);
        gauge("medmesh_db_pool_connections_max", "The most connections the database pool may open",
                PoolFigures::maximum);
        timeouts = registry.counter(Metadata.builder().withName("medmesh_db_pool_wait_timeouts")
                .withDescription("Requests that gave up waiting for a connection of the database pool").build());
        figures();
    }

    @PreDestroy
    synchronized void stopCounting() {
        if (watching != null) {
            try {
                watching.stop();
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.FINE, "The database pool's earlier listener was not given back", e);
            }
        }
    }

    private void gauge(String name, String help, ToIntFunction<PoolFigures> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(help).build(), this,
                metrics -> metrics.figures().map(figure::applyAsInt).map(Double::valueOf).orElse(Double.NaN));
    }

    /** The pool's figures now, empty while unknown; the first sight of the pool starts counting its time-outs. */
    private synchronized Optional<PoolFigures> figures() {
        try {
            Optional<Object> pool = PayaraPools.find(PayaraPools.poolName(applicationName, HospitalDatabase.JNDI_NAME));
            if (pool.isEmpty()) {
                return Optional.empty();
            }
            count(pool.get());
            return Optional.of(PoolFigures.of(pool.get()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!unreadable) {
                unreadable = true;
                LOG.log(Level.WARNING, "The database pool's figures cannot be read (its metrics show NaN)", e);
            }
            return Optional.empty();
        }
    }

    private void count(Object pool) {
        if (uncounted || watching != null && watching.watches(pool)) {
            return;
        }
        try {
            watching = PoolTimeouts.watch(pool, timeouts::inc);
        } catch (ReflectiveOperationException | RuntimeException e) {
            uncounted = true;
            LOG.log(Level.WARNING, "The database pool's time-outs cannot be counted (their counter stays at 0)", e);
        }
    }
}
