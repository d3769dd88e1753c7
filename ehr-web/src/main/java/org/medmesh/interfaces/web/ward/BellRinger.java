package org.medmesh.interfaces.web.ward;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import org.medmesh.notification.application.InboxFeed;
import org.medmesh.notification.application.InboxGrew;
import org.medmesh.platform.application.WokenLoop;

/**
 * Rings the bells of the pages open on this server instance (their streams, {@link BellStreams}), on a thread of its
 * own: at once after the fan-out here gave someone a new inbox entry, and every {@value #POLL_MILLIS} ms for what
 * another instance's fan-out wrote (the inbox in the database is the truth). A ring says only "grew" and the newest
 * entry's seq; the page then asks for its own count, so nothing of a notification travels over the stream. With no bell
 * open here it only notes where the inbox stands (a bell that opens catches up by itself).
 */
@ApplicationScoped
public class BellRinger {

    static final long POLL_MILLIS = 1_000;
    private static final int MAX_PEOPLE = 1_000;
    private static final Logger LOG = Logger.getLogger(BellRinger.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    InboxFeed feed;

    @Inject
    BellStreams bells;

    private WokenLoop loop;
    private long rungUpTo = -1;

    @PostConstruct
    void start() {
        Duration poll = Duration.ofMillis(POLL_MILLIS);
        loop = new WokenLoop(threads, "Notification bells", "medmesh-notification-bells", poll, poll, this::ring);
        loop.start();
    }

    /** Created with the web module, on its own thread (see {@code NotificationStreams}). */
    void startWithTheWebModule(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        LOG.fine(() -> "Notification bells ready, polling every " + POLL_MILLIS + " ms");
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    /** After the fan-out here committed new entries: ring now. */
    void grew(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxGrew grew) {
        loop.wake();
    }

    private void ring() {
        bells.heartbeat(Instant.now());
        long newest = feed.newestSeq();
        if (rungUpTo >= 0 && newest > rungUpTo && bells.size() > 0) {
            Set<String> people = feed.recipientsAfter(rungUpTo, MAX_PEOPLE);
            if (!people.isEmpty()) {
                bells.ring(people, newest);
            }
        }
        rungUpTo = newest;
    }
}
