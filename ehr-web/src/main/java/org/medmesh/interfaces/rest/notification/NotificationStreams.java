package org.medmesh.interfaces.rest.notification;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.application.InboxFeed;
import org.medmesh.notification.application.InboxGrew;
import org.medmesh.notification.application.InboxItem;
import org.medmesh.platform.application.WokenLoop;

/**
 * The open notification streams of this server instance and the loop that feeds them, on a thread of its own (a shared
 * pool's other tasks could hold it up): it runs as soon as the fan-out here gave someone a new entry, and every
 * {@value #POLL_MILLIS} ms for what another instance's fan-out wrote (the inbox in the database is the truth; a stream
 * only follows it). It sends each stream its person's entries after the last one sent, as events whose id is the
 * entry's seq; a stream counts as up to date only once a pass over it succeeded, so an entry that could not be sent
 * (its audit record failed, say) is sent at the next pass. A comment every {@value #HEARTBEAT_SECONDS} s keeps proxies
 * from closing an idle stream; a stream ends after {@value #LIFETIME_MINUTES} minutes (its token was checked once), and
 * the client reconnects with Last-Event-ID. Each entry sent that names a patient is recorded in the audit trail, like a
 * read of the inbox.
 */
@ApplicationScoped
public class NotificationStreams {

    static final long POLL_MILLIS = 1_000;
    static final long HEARTBEAT_SECONDS = 15;
    static final long LIFETIME_MINUTES = 10;
    private static final int BATCH = 50;
    private static final String ACTION = "GET notifications/stream";
    private static final Logger LOG = Logger.getLogger(NotificationStreams.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    InboxFeed feed;

    @Inject
    AuditLog audit;

    @Inject
    ThisHospital hospital;

    @Inject
    MetricRegistry metrics;

    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean woken = new AtomicBoolean();
    private WokenLoop loop;

    @PostConstruct
    void start() {
        metrics.gauge(Metadata.builder().withName("medmesh_notification_streams_open")
                .withDescription("Notification streams (server-sent events) open on this server instance").build(),
                open::size);
        Duration poll = Duration.ofMillis(POLL_MILLIS);
        loop = new WokenLoop(threads, "Notification streams", "medmesh-notification-streams", poll, poll, this::feed);
        loop.start();
    }

    /**
     * Created when the web module starts, on its own thread: created later by the first notice of the fan-out (a thread
     * of the domain module), its container resources could not be injected.
     */
    void startWithTheWebModule(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        LOG.fine(() -> "Notification streams ready, polling every " + POLL_MILLIS + " ms");
    }

    @PreDestroy
    void stop() {
        loop.stop();
        open.forEach(stream -> stream.sink().close());
        open.clear();
    }

    /** Opens a stream for {@code username} that sends the entries after {@code after}. */
    void open(String username, String role, SseEventSink sink, Sse sse, long after) {
        Instant now = Instant.now();
        LiveStream stream = new LiveStream(username, role, sink, sse, after, now,
                now.plus(Duration.ofMinutes(LIFETIME_MINUTES)));
        sink.send(sse.newEventBuilder().comment("medmesh notifications").build());
        open.add(stream);
        wake();
    }

    /** After the fan-out here committed new entries: feed the streams now. */
    void grew(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxGrew grew) {
        wake();
    }

    private void wake() {
        woken.set(true);
        loop.wake();
    }

    /**
     * One pass over the open streams. A stream is asked for from the database when an entry newer than its last pass
     * exists, or after news here (an entry committed late with a lower seq than one already seen).
     */
    private void feed() {
        boolean news = woken.getAndSet(false);
        Instant now = Instant.now();
        open.removeIf(stream -> {
            boolean over = stream.over(now);
            if (over) {
                stream.sink().close();
            }
            return over;
        });
        if (open.isEmpty()) {
            return;
        }
        long newest = feed.newestSeq();
        for (LiveStream stream : open) {
            try {
                if (news || stream.checkedUpTo() < newest) {
                    send(stream, feed.after(stream.username(), stream.lastSent(), BATCH), now);
                    stream.checked(newest);
                }
                if (Duration.between(stream.lastWritten(), now).toSeconds() >= HEARTBEAT_SECONDS) {
                    write(stream, stream.sse().newEventBuilder().comment("heartbeat").build());
                    stream.wrote(now);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not feed a notification stream; trying again in a second", e);
            }
        }
    }

    private void send(LiveStream stream, List<InboxItem> items, Instant now) {
        for (InboxItem item : items) {
            if (item.patientId() != null) {
                audit.record(new AuditRecord(now, hospital.profile().id().value(), stream.username(), stream.role(),
                        item.patientId(), ACTION, AuditOutcome.SUCCESS, 200, false, List.of()));
            }
            write(stream, stream.sse().newEventBuilder().id(Long.toString(item.seq())).name("notification")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(InboxItem.class, item)
                    .reconnectDelay(POLL_MILLIS).build());
            stream.sent(item.seq(), now);
        }
    }

    private void write(LiveStream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            open.remove(stream);
            return;
        }
        stream.sink().send(event).whenComplete((done, failed) -> {
            if (failed != null) {
                open.remove(stream);
                stream.sink().close();
            }
        });
    }
}
