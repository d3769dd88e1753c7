package org.medmesh.interfaces.web.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.AsyncContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bells open on this server instance: one server-sent event stream per open page, by the signed-in person. A ring
 * sends the event {@code grew} (nothing else: the page then asks for its own count); a comment every
 * {@value #HEARTBEAT_SECONDS} s keeps proxies from closing an idle stream and finds the streams whose page is gone.
 */
@ApplicationScoped
public class BellStreams {

    static final long HEARTBEAT_SECONDS = 15;

    private final Map<String, Set<AsyncContext>> open = new ConcurrentHashMap<>();
    private volatile Instant lastHeartbeat = Instant.now();

    /** Keeps the stream of a page of {@code username} open until it ends. */
    void open(String username, AsyncContext stream) {
        open.computeIfAbsent(username, key -> ConcurrentHashMap.newKeySet()).add(stream);
        write(username, stream, ": medmesh bell\n\n");
    }

    /** Forgets a stream that ended (timed out, closed by the browser, failed). */
    void closed(String username, AsyncContext stream) {
        open.computeIfPresent(username, (key, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Rings the bells of these people; returns how many pages were rung. */
    int ring(Collection<String> people) {
        int rung = 0;
        for (String person : people) {
            for (AsyncContext stream : open.getOrDefault(person, Set.of())) {
                rung += write(person, stream, "event: grew\ndata: grew\n\n") ? 1 : 0;
            }
        }
        return rung;
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
