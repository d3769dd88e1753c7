package org.medmesh.interfaces.web.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.medmesh.notification.application.InboxFeed;

/**
 * The bells open on this server instance: one server-sent event stream per open page, by the signed-in person. A ring
 * sends the event {@code grew} with the newest inbox seq as its id (nothing else: the page then asks for its own
 * count). A bell that opens after entries newer than the page (or its last event) were written rings at once, so a
 * notification that arrived while the page loaded or the stream reconnected is not missed. A comment every
 * {@value #HEARTBEAT_SECONDS} s keeps proxies from closing an idle stream and finds the streams whose page is gone.
 */
@ApplicationScoped
public class BellStreams {

    static final long HEARTBEAT_SECONDS = 15;

    @Inject
    InboxFeed feed;

    private final Map<String, Set<AsyncContext>> open = new ConcurrentHashMap<>();
    private volatile Instant lastHeartbeat = Instant.now();

    /**
     * Keeps the stream of a page of {@code username} open until it ends, and rings it at once when the person's inbox
     * has entries after {@code after} (the newest the page knew of). Registered before looking, so that an entry is
     * either seen here or rung by {@link BellRinger}.
     */
    void open(String username, AsyncContext stream, long after) {
        open.computeIfAbsent(username, key -> ConcurrentHashMap.newKeySet()).add(stream);
        if (write(username, stream, ": medmesh bell\n\n")) {
            long newest = feed.lastSeq(username);
            if (newest > after) {
                write(username, stream, grew(newest));
            }
        }
    }

    /** Forgets a stream that ended (timed out, closed by the browser, failed). */
    void closed(String username, AsyncContext stream) {
        open.computeIfPresent(username, (key, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Rings the bells of these people, up to the inbox's {@code newest} seq; returns how many pages were rung. */
    int ring(Collection<String> people, long newest) {
        int rung = 0;
        for (String person : people) {
            for (AsyncContext stream : open.getOrDefault(person, Set.of())) {
                rung += write(person, stream, grew(newest)) ? 1 : 0;
            }
        }
        return rung;
    }

    private static String grew(long seq) {
        return "id: " + seq + "\nevent: grew\ndata: grew\n\n";
    }

    /** Sends a heartbeat to every stream when one is due. */
    void heartbeat(Instant now) {
        if (Duration.between(lastHeartbeat, now).toSeconds() < HEARTBEAT_SECONDS) {
            return;
        }
        lastHeartbeat = now;
        open.forEach((person, streams) -> streams.forEach(stream -> write(person, stream, ": heartbeat\n\n")));
    }

    /** Streams open on this instance. */
    int size() {
        return open.values().stream().mapToInt(Set::size).sum();
    }

    private boolean write(String person, AsyncContext stream, String event) {
        synchronized (stream) {
            try {
                PrintWriter out = stream.getResponse().getWriter();
                out.write(event);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("the page's stream is closed");
                }
                return true;
            } catch (IOException | IllegalStateException e) {
                closed(person, stream);
                try {
                    stream.complete();
                } catch (IllegalStateException alreadyOver) {
                    // the container ended it already
                }
                return false;
            }
        }
    }
}
