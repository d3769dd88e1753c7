package org.medmesh.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwksKeySourceTest {

    private static final TestIdp IDP = new TestIdp("k1");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));

    @Test
    void shouldReadTheKeysOfAJwksFile() throws IOException {
        Path file = Files.writeString(dir.resolve("jwks.json"), IDP.jwks());
        JwksKeySource keys = new JwksKeySource("idp", file.toUri().toString(), Duration.ofMinutes(5), clock,
                JsonProvider.provider());

        assertThat(keys.key("k1")).contains(IDP.publicKey());
        assertThat(keys.key("k2")).isEmpty();
        assertThat(keys.key(null)).contains(IDP.publicKey());
    }

    @Test
    void shouldPickUpARotatedKeyOnceTheRetryIntervalHasPassed() throws IOException {
        Path file = Files.writeString(dir.resolve("jwks.json"), IDP.jwks());
        JwksKeySource keys = new JwksKeySource("idp", file.toUri().toString(), Duration.ofMinutes(5), clock,
                JsonProvider.provider());
        assertThat(keys.key("k1")).isPresent();
        TestIdp rotated = new TestIdp("k2");
        Files.writeString(file, rotated.jwks());

        assertThat(keys.key("k2")).as("within the retry interval").isEmpty();
        clock.advance(Duration.ofSeconds(11));
        assertThat(keys.key("k2")).contains(rotated.publicKey());
    }

    @Test
    void shouldKeepTheLastGoodKeysWhenTheIssuerIsUnreachable() throws IOException {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = IDP.jwks().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        JwksKeySource keys = new JwksKeySource("idp", url, Duration.ofSeconds(60), clock, JsonProvider.provider());
        assertThat(keys.key("k1")).contains(IDP.publicKey());
        assertThat(keys.key("k1")).as("cached").isPresent();
        assertThat(fetches).hasValue(1);

        server.stop(0);
        clock.advance(Duration.ofSeconds(61));

        assertThat(keys.key("k1")).as("stale, refetch failed, last good copy").contains(IDP.publicKey());
        clock.advance(Duration.ofSeconds(61));
        assertThat(keys.key("k1")).contains(IDP.publicKey());
    }

    @Test
    void shouldKeepTheLastGoodKeysWhenTheDocumentTurnsInvalid() throws IOException {
        Path file = Files.writeString(dir.resolve("jwks.json"), IDP.jwks());
        JwksKeySource keys = new JwksKeySource("idp", file.toUri().toString(), Duration.ofSeconds(1), clock,
                JsonProvider.provider());
        assertThat(keys.key("k1")).isPresent();
        Files.writeString(file, "{\"not\": \"a key set\"}");
        clock.advance(Duration.ofSeconds(2));

        assertThat(keys.key("k1")).contains(IDP.publicKey());
    }

    @Test
    void shouldHaveNoKeysWhileTheIssuerHasNeverBeenReached() {
        JwksKeySource keys = new JwksKeySource("idp", "http://127.0.0.1:1/jwks", Duration.ofSeconds(60), clock,
                JsonProvider.provider());

        assertThat(keys.key("k1")).isEmpty();
    }

    @Test
    void shouldRefuseALocationThatIsNoUrlItCanRead() {
        assertThatThrownBy(() -> new JwksKeySource("idp", "ftp://idp/jwks", Duration.ofSeconds(60), clock,
                JsonProvider.provider())).hasMessageContaining("file:, http: or https:");
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
