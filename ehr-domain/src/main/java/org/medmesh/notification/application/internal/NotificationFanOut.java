package org.medmesh.notification.application.internal;

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

import org.medmesh.platform.application.WokenLoop;

/**
 * Runs the fan-out on its own thread: as soon as a transaction that stored a notification has committed here, and every
 * {@value #POLL_MILLIS} ms for what other server instances (or a notice lost in a crash) left.
 */
@Singleton
@Startup
@DependsOn("HospitalDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationFanOut {

    static final long POLL_MILLIS = 1_000;
    private static final int BATCH = 100;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FanOutRound round;

    @Inject
    FanOutWakeups wakeups;

    private WokenLoop loop;

    @PostConstruct
    void start() {
        Duration poll = Duration.ofMillis(POLL_MILLIS);
        loop = new WokenLoop(threads, "Notification fan-out", "medmesh-notification-fan-out", poll, poll,
                this::drain);
        loop.start();
        wakeups.register(loop::wake);
    }

    private void drain() {
        int taken;
        do {
            taken = round.next(BATCH);
        } while (taken == BATCH && loop.running());
    }

    @PreDestroy
    void stop() {
        wakeups.unregister();
        loop.stop();
    }
}
