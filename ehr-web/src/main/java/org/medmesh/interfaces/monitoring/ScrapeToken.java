package org.medmesh.interfaces.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The hospital's scrape token ({@code hospital.metrics.token}) and what it makes of a request's {@code Authorization}
 * header: only {@code Bearer <the token>} is admitted, compared in constant time; without a token configured, nothing
 * is.
 */
final class ScrapeToken {

    /** What a request gets. */
    enum Verdict {
        ADMITTED, NOT_CONFIGURED, MISSING, REFUSED
    }

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    private ScrapeToken(byte[] expected) {
        this.expected = expected;
    }

    /** The token as configured; a blank value counts as none. */
    static ScrapeToken of(Optional<String> configured) {
        return new ScrapeToken(configured.map(String::strip).filter(token -> !token.isEmpty())
                .map(token -> token.getBytes(StandardCharsets.UTF_8)).orElse(null));
    }

    boolean configured() {
        return expected != null;
    }

    /** The verdict on a request with this {@code Authorization} header (null: none). */
    Verdict judge(String authorization) {
        if (expected == null) {
            return Verdict.NOT_CONFIGURED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Verdict.MISSING;
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // The expected token first: MessageDigest.isEqual then takes a time set by its length alone.
        return MessageDigest.isEqual(expected, presented) ? Verdict.ADMITTED : Verdict.REFUSED;
    }
}
