package org.medmesh.identity.infrastructure.token;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;
import org.medmesh.identity.domain.model.Roles;

/**
 * Verifies compact RS256 JWTs with the JDK's {@link Signature} against the keys of the trusted issuers: the header's
 * {@code alg} must be {@code RS256} (never {@code none}, HMAC or anything else), the {@code iss} one of the trusted
 * issuers, the signature valid under the issuer's key named by {@code kid}, {@code exp} and {@code iat} present and
 * {@code exp}, {@code nbf}, {@code iat} within a small clock skew, the audience right when the issuer has one, the
 * username and roles claims present, and no role the system role.
 */
public final class TokenVerifier {

    /** Tolerated difference between this node's clock and the issuer's. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final TrustedIssuer local;
    private final List<TrustedIssuer> issuers;
    private final Clock clock;
    private final JsonProvider json;

    TokenVerifier(TrustedIssuer local, List<TrustedIssuer> external, Clock clock, JsonProvider json) {
        this.local = local;
        this.issuers = new ArrayList<>(List.of(local));
        this.issuers.addAll(external);
        this.clock = clock;
        this.json = json;
    }

    /** The token's caller, or {@link TokenRejectedException} with the first reason it fails. */
    public VerifiedToken verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw rejected(TokenRejection.MALFORMED);
        }
        JsonObject header = decode(parts[0]);
        if (!"RS256".equals(text(header, "alg")) || header.containsKey("crit")) {
            throw rejected(TokenRejection.UNSUPPORTED_ALGORITHM);
        }
        JsonObject claims = decode(parts[1]);
        String iss = text(claims, "iss");
        TrustedIssuer issuer = issuers.stream().filter(candidate -> candidate.issuer().equals(iss)).findFirst()
                .orElseThrow(() -> rejected(TokenRejection.UNTRUSTED_ISSUER));
        RSAPublicKey key = issuer.keys().key(text(header, "kid"))
                .orElseThrow(() -> rejected(TokenRejection.UNKNOWN_KEY));
        if (!signatureValid(key, parts)) {
            throw rejected(TokenRejection.BAD_SIGNATURE);
        }
        Instant now = clock.instant();
        Instant expires = instant(claims, "exp").orElseThrow(() -> rejected(TokenRejection.MISSING_CLAIM));
        Instant issued = instant(claims, "iat").orElseThrow(() -> rejected(TokenRejection.MISSING_CLAIM));
        if (!now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw rejected(TokenRejection.EXPIRED);
        }
        Optional<Instant> notBefore = instant(claims, "nbf");
        if (issued.isAfter(now.plus(CLOCK_SKEW)) || notBefore.filter(nbf -> nbf.isAfter(now.plus(CLOCK_SKEW)))
                .isPresent()) {
            throw rejected(TokenRejection.NOT_YET_VALID);
        }
        if (issuer.audience().isPresent() && !audiences(claims).contains(issuer.audience().get())) {
            throw rejected(TokenRejection.WRONG_AUDIENCE);
        }
        String username = text(claims, issuer.usernameClaim());
        if (username == null || username.isBlank()) {
            throw rejected(TokenRejection.MISSING_CLAIM);
        }
        Set<String> roles = roles(claims, issuer);
        return new VerifiedToken(issuer.name(), issuer == local, username, roles, issued, expires);
    }

    private Set<String> roles(JsonObject claims, TrustedIssuer issuer) {
        JsonValue value = claims.get(issuer.rolesClaim());
        List<String> claimed = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .forEach(claimed::add);
        } else if (value instanceof JsonString string) {
            claimed.addAll(List.of(string.getString().trim().split("\\s+")));
        } else {
            throw rejected(TokenRejection.MISSING_CLAIM);
        }
        Set<String> mapped = new LinkedHashSet<>();
        for (String role : claimed) {
            if (Roles.SYSTEM.equals(role)) {
                throw rejected(TokenRejection.SYSTEM_ROLE);
            }
            issuer.mapRole(role).ifPresent(mapped::add);
        }
        if (mapped.contains(Roles.SYSTEM)) {
            throw rejected(TokenRejection.SYSTEM_ROLE);
        }
        if (mapped.isEmpty()) {
            throw rejected(TokenRejection.NO_ROLE);
        }
        return mapped;
    }

    private static boolean signatureValid(RSAPublicKey key, String[] parts) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(BASE64URL.decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private JsonObject decode(String part) {
        try {
            return json.createReader(new StringReader(new String(BASE64URL.decode(part), StandardCharsets.UTF_8)))
                    .readObject();
        } catch (RuntimeException e) {
            throw rejected(TokenRejection.MALFORMED);
        }
    }

    private static Set<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (aud instanceof JsonArray many) {
            Set<String> all = new LinkedHashSet<>();
            many.stream().filter(JsonString.class::isInstance).forEach(v -> all.add(((JsonString) v).getString()));
            return all;
        }
        return Set.of();
    }

    private static Optional<Instant> instant(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber number
                ? Optional.of(Instant.ofEpochSecond(number.longValue()))
                : Optional.empty();
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static TokenRejectedException rejected(TokenRejection reason) {
        return new TokenRejectedException(reason);
    }
}
