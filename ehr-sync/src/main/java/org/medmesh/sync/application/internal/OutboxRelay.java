package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.events.application.OutboxFeed;
import org.medmesh.sync.infrastructure.broker.ChangePublisher;

/**
 * Moves committed outbox events to the hospital's broker, in commit order, every 200 ms. Only one relay per hospital
 * publishes at a time: the outbox feed holds the database's relay lock while it works.
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxFeed feed;

    @Inject
    ChangePublisher publisher;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::drain, 1_000, 200, TimeUnit.MILLISECONDS);
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
        if (task != null) {
            task.cancel(false);
        }
    }
}
