package org.medmesh.interfaces.web.ward;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.notification.application.InboxFeed;
import org.medmesh.notification.application.InboxGrew;

/**
 * Rings the bells of the pages open on this server instance (Faces WebSocket push on the {@code inbox} channel, to the
 * people who got a new inbox entry): at once after the fan-out here, and every {@value #POLL_MILLIS} ms for what
 * another instance's fan-out wrote (the inbox in the database is the truth). The push says only "grew"; the page then
 * asks for its own count, so nothing of a notification travels over the socket.
 */
@ApplicationScoped
public class BellRinger {

    static final long POLL_MILLIS = 1_000;
    private static final int MAX_PEOPLE = 200;
    private static final Logger LOG = Logger.getLogger(BellRinger.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InboxFeed feed;

    @Inject
    BellStreams bells;

    private ScheduledFuture<?> polling;
    private long rungUpTo = -1;

    @PostConstruct
    void start() {
        polling = scheduler.scheduleWithFixedDelay(this::ringSafely, POLL_MILLIS, POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Created with the web module, on its own thread (see {@code NotificationStreams}). */
    void startWithTheWebModule(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        LOG.fine(() -> "Notification bells ready, polling every " + POLL_MILLIS + " ms");
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    /** After the fan-out here committed new entries: ring now. */
    void grew(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxGrew grew) {
        scheduler.execute(this::ringSafely);
    }

    private void ringSafely() {
        try {
            ring();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not ring the notification bells; trying again in a second", e);
        }
    }

    private synchronized void ring() {
        bells.heartbeat(Instant.now());
        long newest = feed.newestSeq();
        if (rungUpTo < 0) {
            rungUpTo = newest;
            return;
        }
        if (newest <= rungUpTo) {
            return;
        }
        Set<String> people = feed.recipientsAfter(rungUpTo, MAX_PEOPLE);
        rungUpTo = newest;
        if (!people.isEmpty()) {
            bells.ring(people);
        }
    }
}
