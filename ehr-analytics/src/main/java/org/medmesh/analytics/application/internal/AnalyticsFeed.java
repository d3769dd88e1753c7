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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.events.application.OutboxWakeups;
import org.medmesh.platform.application.WokenLoop;

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

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FeedRound round;

    @Inject
    OutboxWakeups wakeups;

    @Inject
    PseudonymKeys keys;

    private WokenLoop loop;
    private Runnable wake;
    private long nextSweep;

    @PostConstruct
    void start() {
        if (keys.key().isEmpty()) {
            return;
        }
        PseudonymKey key = keys.key().get();
        Duration poll = Duration.ofMillis(POLL_MILLIS);
        loop = new WokenLoop(threads, "Analytics feed", "medmesh-analytics-feed", poll, poll, () -> drain(key))
                .roundsMayRunFor(Duration.ofHours(1)); // a backlog
        loop.start();
        wake = loop::wake;
        wakeups.register(wake);
    }

    private void drain(PseudonymKey key) {
        int settled;
        do {
            settled = round.next(key, BATCH);
        } while (settled == BATCH && loop.running());
        if (System.nanoTime() - nextSweep >= 0) {
            round.sweepOptedOut(key);
            nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
        }
    }

    @PreDestroy
    void stop() {
        if (loop == null) {
            return;
        }
        wakeups.unregister(wake);
        loop.stop();
    }
}
