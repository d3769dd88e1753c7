package org.medmesh.identity.infrastructure.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import jakarta.json.spi.JsonProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys of an external issuer, from a JWKS document at a {@code file:} path or an {@code http(s):} URL. The document
 * is read again once it is older than the refresh interval, or when a token names a key it lacks, but never more than
 * once per retry interval; an issuer that cannot be reached (2 s to connect, 3 s to answer) or answers nonsense leaves
 * the last good copy in use, so verification does not depend on the issuer being up. Nimbus JOSE+JWT parses the key
 * set; its RSA keys for signatures (not {@code use: enc}, {@code alg} absent or RS256) are used by {@code kid}.
 */
final class JwksKeySource implements KeySource {

    private static final Logger LOG = Logger.getLogger(JwksKeySource.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    private final String name;
    private final URI location;
    private final Duration refresh;
    private final Duration retry;
    private final Clock clock;
    private final HttpClient http;

    private Map<String, RSAPublicKey> keys = Map.of();
    private Instant loadedAt;
    private Instant attemptedAt;

    JwksKeySource(String name, String location, Duration refresh, Clock clock) {
        this.name = name;
        this.location = URI.create(location);
        if (!"file".equals(this.location.getScheme()) && !"http".equals(this.location.getScheme())
                && !"https".equals(this.location.getScheme())) {
            throw new IllegalArgumentException(
                    "issuer " + name + ": JWKS location must be a file:, http: or https: URL");
        }
        this.refresh = refresh;
        this.retry = refresh.compareTo(Duration.ofSeconds(10)) < 0 ? refresh : Duration.ofSeconds(10);
        this.clock = clock;
        this.http = "file".equals(this.location.getScheme())
                ? null
                : HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The tests' signature: Nimbus reads the JSON now, so {@code json} goes unused. */
    JwksKeySource(String name, String location, Duration refresh, Clock clock, JsonProvider json) {
        this(name, location, refresh, clock);
    }

    @Override
    public synchronized Optional<RSAPublicKey> key(String kid) {
        String wanted = kid == null ? "" : kid;
        Instant now = clock.instant();
        boolean stale = loadedAt == null || !now.isBefore(loadedAt.plus(refresh));
        if ((stale || !keys.containsKey(wanted)) && (attemptedAt == null || !now.isBefore(attemptedAt.plus(retry)))) {
            load(now);
        }
        if (kid == null && keys.size() == 1) {
            return Optional.of(keys.values().iterator().next());
        }
        return Optional.ofNullable(keys.get(wanted));
    }

    private void load(Instant now) {
        attemptedAt = now;
        try {
            Map<String, RSAPublicKey> loaded = rs256Keys(read());
            keys = Map.copyOf(loaded);
            loadedAt = now;
            LOG.fine(() -> "Issuer " + name + ": " + loaded.size() + " keys loaded from " + location);
        } catch (IOException | ParseException | JOSEException | RuntimeException e) {
            LOG.warning(
                    () -> "Issuer " + name + ": JWKS at " + location + " unavailable (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + "); keeping the " + keys.size() + " keys loaded "
                            + (loadedAt == null ? "never" : "at " + loadedAt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key set's RSA signing keys by {@code kid} ({@code ""} for a key without one); other keys are skipped. */
    private static Map<String, RSAPublicKey> rs256Keys(String document) throws ParseException, JOSEException {
        Map<String, RSAPublicKey> keys = new LinkedHashMap<>();
        for (JWK jwk : JWKSet.parse(document).getKeys()) {
            if (jwk instanceof RSAKey rsa && !KeyUse.ENCRYPTION.equals(rsa.getKeyUse())
                    && (rsa.getAlgorithm() == null || JWSAlgorithm.RS256.equals(rsa.getAlgorithm()))) {
                keys.put(rsa.getKeyID() == null ? "" : rsa.getKeyID(), rsa.toRSAPublicKey());
            }
        }
        return keys;
    }

    private String read() throws IOException, InterruptedException {
        if (http == null) {
            return Files.readString(Path.of(location), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(location).timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
