package org.medmesh.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An open stream of server-sent events ({@code text/event-stream}), read on a thread of its own: events are queued as
 * they arrive and taken with {@link #next}. Comments (heartbeats) are counted, not queued. Closing it ends the
 * connection.
 */
public final class EventStream implements AutoCloseable {

    private final BlockingQueue<ServerSentEvent> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;
    private volatile int comments;
    private volatile boolean ended;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
    }

    /**
     * Opens the stream the request asks for (any headers: a bearer token, a session cookie); the answer's status and
     * content type are checked by the caller ({@link #status}).
     */
    public static EventStream open(HttpClient http, HttpRequest request) {
        try {
            EventStream stream = new EventStream(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(60, TimeUnit.SECONDS));
            stream.reader.start();
            return stream;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted opening " + request.uri().getPath(), e);
        } catch (Exception e) {
            throw new UncheckedIOException("no stream from " + request.uri().getPath(), new IOException(e));
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, waiting at most {@code within}; empty when none came. */
    public Optional<ServerSentEvent> next(Duration within) throws InterruptedException {
        return Optional.ofNullable(events.poll(within.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Comment lines received (heartbeats and the like). */
    public int comments() {
        return comments;
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || id != null) {
                        events.add(new ServerSentEvent(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments++;
                } else if (line.startsWith("id:")) {
                    id = field(line, 3);
                } else if (line.startsWith("event:")) {
                    name = field(line, 6);
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(field(line, 5));
                }
            }
        } catch (RuntimeException e) {
            // the connection was closed: by close(), or by the server
        } finally {
            ended = true;
        }
    }

    private static String field(String line, int from) {
        String value = line.substring(from);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
