package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.events.application.OutboxFeed;
import org.medmesh.sync.infrastructure.broker.ChangePublisher;

/**
 * Moves committed outbox events to the hospital's broker, in commit order, on its own thread: as soon as a transaction
 * that appended to the outbox has committed here, and every {@value #POLL_MILLIS} ms for what other server instances
 * (or a notice lost in a crash) left. Notices arriving during a drain are coalesced into one more drain. Only one relay
 * per hospital publishes at a time: the outbox feed holds the database's relay lock while it works.
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 500;
    static final long POLL_MILLIS = 200;
    private static final long FIRST_DRAIN_MILLIS = 1_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxFeed feed;

    @Inject
    ChangePublisher publisher;

    @Inject
    OutboxCommitNotices notices;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean failing;
    private Thread loop;

    @PostConstruct
    void start() {
        running = true;
        loop = threads.newThread(this::relay);
        loop.setName("medmesh-outbox-relay");
        loop.start();
        notices.onCommit(wake::release);
    }

    private void relay() {
        try {
            wake.tryAcquire(FIRST_DRAIN_MILLIS, TimeUnit.MILLISECONDS);
            while (running) {
                wake.drainPermits();
                drain();
                wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void drain() {
        try {
            int published;
            do {
                published = feed.publishPending(BATCH, publisher::publish);
            } while (published == BATCH);
            if (failing) {
                LOG.info("Outbox relay publishing again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Outbox relay cannot publish yet (will retry): " + e.getMessage());
                failing = true;
            }
        }
    }

    @PreDestroy
    void stop() {
        notices.stop();
        running = false;
        wake.release();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
