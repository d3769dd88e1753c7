package org.medmesh.platform.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.application.WokenLoop;

/**
 * Holds this instance's leases in the hospital's database ({@link LeaseSql}): every {@value #RENEW_SECONDS} s it takes
 * or renews each job's lease for {@value #LEASE_SECONDS} s, so another instance takes over at most that long after this
 * one stops. This instance counts as leader only until its lease would expire as last renewed (by its own clock, with a
 * margin), never longer; on shutdown it lets its leases go. Metrics per job: {@code medmesh_leadership_leading} and
 * {@code medmesh_leadership_fence}. Not Payara's persistent EJB timers: their failover loses the timer.
 */
@Singleton
@Startup
@DependsOn("HospitalDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseLeadership implements Leadership {

    static final int LEASE_SECONDS = 30;
    static final int RENEW_SECONDS = 10;
    private static final List<String> JOBS = List.of(BACKUP, ANTI_ENTROPY, AUDIT_CHECKPOINTS, AUDIT_VERIFICATION);
    private static final Logger LOG = Logger.getLogger(DatabaseLeadership.class.getName());

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    private final String instance = System.getProperty("com.sun.aas.instanceName", "server") + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private WokenLoop loop;

    /** A lease this instance holds: its fence, and until when (by this instance's clock) it may act on it. */
    private record Held(long fence, long untilNanos) {
    }

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void start() {
        for (String job : JOBS) {
            Tag tag = new Tag("job", job);
            metrics.gauge(Metadata.builder().withName("medmesh_leadership_leading")
                    .withDescription("1 while this server instance leads the job, else 0").build(), this,
                    leadership -> leadership.fence(job).isPresent() ? 1 : 0, tag);
            metrics.gauge(Metadata.builder().withName("medmesh_leadership_fence")
                    .withDescription("The fence of the job's lease while this server instance leads it, else 0")
                    .build(), this, leadership -> leadership.fence(job).orElse(0), tag);
        }
        loop = new WokenLoop(threads, "Leader election", "medmesh-leader-election", Duration.ZERO,
                Duration.ofSeconds(RENEW_SECONDS), this::renew);
        loop.start();
    }

    @PreDestroy
    void stop() {
        loop.stop();
        try (Connection db = dataSource.getConnection()) {
            for (String job : held.keySet()) {
                LeaseSql.release(db, job, instance);
            }
        } catch (SQLException e) {
            LOG.warning(
                    () -> "Could not release this instance's leases (they expire by themselves): " + e.getMessage());
        }
        held.clear();
    }

    private void renew() {
        try (Connection db = dataSource.getConnection()) {
            for (String job : JOBS) {
                long asked = System.nanoTime();
                OptionalLong fence = LeaseSql.acquire(db, job, instance, LEASE_SECONDS);
                Held before = held.get(job);
                if (fence.isPresent()) {
                    long until = asked + Duration.ofSeconds(LEASE_SECONDS - RENEW_SECONDS).toNanos();
                    held.put(job, new Held(fence.getAsLong(), until));
                    if (before == null || before.fence() != fence.getAsLong()) {
                        LOG.info(() -> "This instance (" + instance + ") now leads " + job + " with fence "
                                + fence.getAsLong());
                    }
                } else if (held.remove(job) != null) {
                    LOG.info(() -> "This instance (" + instance + ") no longer leads " + job);
                }
            }
        } catch (SQLException e) {
            held.clear();
            throw new IllegalStateException("could not renew the leases: " + e.getMessage(), e);
        }
    }

    @Override
    public OptionalLong fence(String job) {
        Held lease = held.get(job);
        return lease != null && System.nanoTime() - lease.untilNanos() < 0
                ? OptionalLong.of(lease.fence())
                : OptionalLong.empty();
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public List<Lease> leases() {
        List<Lease> leases = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (String job : JOBS) {
                LeaseSql.holder(db, job).ifPresent(h -> leases.add(new Lease(job, h.owner(), h.fence(), h.expiresAt(),
                        h.current(), h.owner().equals(instance) && fence(job).isPresent())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the leases: " + e.getMessage(), e);
        }
        return leases;
    }
}
