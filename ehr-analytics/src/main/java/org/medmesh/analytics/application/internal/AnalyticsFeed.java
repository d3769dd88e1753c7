package org.medmesh.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.medmesh.analytics.domain.model.PseudonymKey;

/**
 * Runs the analytics feed on its own thread: as soon as a transaction that appended to the outbox has committed here,
 * and every {@value #POLL_MILLIS} ms for what other server instances (or a notice lost in a crash) left; every
 * {@value #SWEEP_MILLIS} ms it also erases what is stored for patients who opted out elsewhere. Off without a pseudonym
 * key. One feed per hospital works at a time: each round holds the cursor row's lock.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AnalyticsFeed {

    static final long POLL_MILLIS = 1_000;
    static final long SWEEP_MILLIS = 30_000;
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(AnalyticsFeed.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FeedRound round;

    @Inject
    FeedCommitNotices notices;

    @Inject
    PseudonymKeys keys;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean failing;
    private long nextSweep;
    private Thread loop;

    @PostConstruct
    void start() {
        if (keys.key().isEmpty()) {
            return;
        }
        running = true;
        loop = threads.newThread(() -> feed(keys.key().get()));
        loop.setName("medmesh-analytics-feed");
        loop.start();
        notices.onCommit(wake::release);
    }

    private void feed(PseudonymKey key) {
        try {
            wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
            while (running) {
                wake.drainPermits();
                drain(key);
                wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(PseudonymKey key) {
        try {
            int settled;
            do {
                settled = round.next(key, BATCH);
            } while (settled == BATCH && running);
            if (System.nanoTime() - nextSweep >= 0) {
                round.sweepOptedOut(key);
                nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
            }
            if (failing) {
                LOG.info("Analytics feed publishing again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "Analytics feed cannot publish yet (will retry): " + e.getMessage());
                failing = true;
            }
        }
    }

    @PreDestroy
    void stop() {
        if (loop == null) {
            return;
        }
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
