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

import java.time.Duration;

import org.medmesh.events.application.OutboxFeed;
import org.medmesh.events.application.OutboxWakeups;
import org.medmesh.platform.application.WokenLoop;
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

    private static final int BATCH = 500;
    static final long POLL_MILLIS = 1_000;
    private static final Duration FIRST_DRAIN = Duration.ofSeconds(1);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxFeed feed;

    @Inject
    ChangePublisher publisher;

    @Inject
    OutboxWakeups wakeups;

    private WokenLoop loop;
    private Runnable wake;

    @PostConstruct
    void start() {
        loop = new WokenLoop(threads, "Outbox relay", "medmesh-outbox-relay", FIRST_DRAIN,
                Duration.ofMillis(POLL_MILLIS), this::drain).roundsMayRunFor(Duration.ofHours(1)); // a backlog
        loop.start();
        wake = loop::wake;
        wakeups.register(wake);
    }

    void drain() {
        int published;
        do {
            published = feed.publishPending(BATCH, publisher::publish);
        } while (published == BATCH && loop.running());
    }

    @PreDestroy
    void stop() {
        wakeups.unregister(wake);
        loop.stop();
    }
}
