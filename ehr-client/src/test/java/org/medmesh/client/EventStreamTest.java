package org.medmesh.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class EventStreamTest {

    @Test
    void shouldReadEventsWithTheirIdsNamesAndDataAndCountComments() throws Exception {
        AtomicReference<String> lastEventId = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastEventId.set(exchange.getRequestHeaders().getFirst("Last-Event-ID"));
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write((": hello\n\nid: 7\nevent: notification\ndata: {\"a\":1}\n\n"
                        + ": heartbeat\n\nid: 8\ndata: first\ndata:second\n\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client went away
            }
        });
        server.start();
        try (EventStream stream = new ApiClient("http://127.0.0.1:" + server.getAddress().getPort()).stream(
                "api/v1/notifications/stream", "tok", "6")) {

            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).isEqualTo("text/event-stream");
            assertThat(stream.next(Duration.ofSeconds(10))).contains(new ServerSentEvent("7", "notification",
                    "{\"a\":1}"));
            assertThat(stream.next(Duration.ofSeconds(10))).contains(new ServerSentEvent("8", "message",
                    "first\nsecond"));
            assertThat(stream.next(Duration.ofMillis(50))).isEmpty();
            assertThat(stream.comments()).isEqualTo(2);
            assertThat(lastEventId.get()).isEqualTo("6");
        } finally {
            server.stop(0);
        }
    }
}
