package org.medmesh.identity.infrastructure.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.json.spi.JsonProvider;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;
import org.medmesh.identity.domain.model.Roles;

/**
 * Verifies compact RS256 JWTs against the keys of the trusted issuers, with Nimbus JOSE+JWT parsing the token and
 * checking the signature: the header's {@code alg} must be {@code RS256} (never {@code none}, HMAC or anything else),
 * the {@code iss} one of the trusted issuers, the signature valid under the issuer's key named by {@code kid},
 * {@code exp} and {@code iat} present and {@code exp}, {@code nbf}, {@code iat} within a small clock skew, the audience
 * right when the issuer has one, the username and roles claims present, and no role the system role. Each failure is
 * refused with its own {@link TokenRejection}, in that order.
 */
public final class TokenVerifier {

    /** Tolerated difference between this node's clock and the issuer's. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final TrustedIssuer local;
    private final List<TrustedIssuer> issuers;
    private final Clock clock;

    TokenVerifier(TrustedIssuer local, List<TrustedIssuer> external, Clock clock) {
        this.local = local;
        this.issuers = new ArrayList<>(List.of(local));
        this.issuers.addAll(external);
        this.clock = clock;
    }

    /** The tests' signature: Nimbus reads the JSON now, so {@code json} goes unused. */
    TokenVerifier(TrustedIssuer local, List<TrustedIssuer> external, Clock clock, JsonProvider json) {
        this(local, external, clock);
    }

    /** The token's caller, or {@link TokenRejectedException} with the first reason it fails. */
    public VerifiedToken verify(String token) {
        SignedJWT jwt = rs256Jwt(token);
        Map<String, Object> payload = jwt.getPayload().toJSONObject();
        if (payload == null) {
            throw rejected(TokenRejection.MALFORMED);
        }
        TrustedIssuer issuer = issuers.stream().filter(candidate -> candidate.issuer().equals(payload.get("iss")))
                .findFirst().orElseThrow(() -> rejected(TokenRejection.UNTRUSTED_ISSUER));
        RSAPublicKey key = issuer.keys().key(jwt.getHeader().getKeyID())
                .orElseThrow(() -> rejected(TokenRejection.UNKNOWN_KEY));
        if (!signatureValid(jwt, key)) {
            throw rejected(TokenRejection.BAD_SIGNATURE);
        }
        JWTClaimsSet claims = claims(payload);
        Instant now = clock.instant();
        Instant expires = instant(claims.getExpirationTime()).orElseThrow(() -> rejected(TokenRejection.MISSING_CLAIM));
        Instant issued = instant(claims.getIssueTime()).orElseThrow(() -> rejected(TokenRejection.MISSING_CLAIM));
        if (!now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw rejected(TokenRejection.EXPIRED);
        }
        Optional<Instant> notBefore = instant(claims.getNotBeforeTime());
        if (issued.isAfter(now.plus(CLOCK_SKEW)) || notBefore.filter(nbf -> nbf.isAfter(now.plus(CLOCK_SKEW)))
                .isPresent()) {
            throw rejected(TokenRejection.NOT_YET_VALID);
        }
        if (issuer.audience().isPresent() && !claims.getAudience().contains(issuer.audience().get())) {
            throw rejected(TokenRejection.WRONG_AUDIENCE);
        }
        if (!(claims.getClaim(issuer.usernameClaim()) instanceof String username) || username.isBlank()) {
            throw rejected(TokenRejection.MISSING_CLAIM);
        }
        Set<String> roles = roles(claims.getClaim(issuer.rolesClaim()), issuer);
        return new VerifiedToken(issuer.name(), issuer == local, username, roles, issued, expires);
    }

    /**
     * The token as a JWS whose header names RS256 and nothing critical. The revocation list knows a token by its
     * digest, so a token must have one spelling: its three parts plain base64url, as the compact serialization has them
     * (Nimbus would trim the token and skip foreign characters), and the signature, which nothing signs, in its one
     * canonical encoding (no stray bits in its last character). The header is read as plain JSON first, so that
     * {@code none} or another algorithm is refused as such rather than as a header Nimbus does not take for a JWS.
     */
    private static SignedJWT rs256Jwt(String token) {
        if (token == null || !COMPACT_JWS.matcher(token).matches()) {
            throw rejected(TokenRejection.MALFORMED);
        }
        try {
            Base64URL[] parts = JOSEObject.split(token);
            if (!Base64URL.encode(parts[2].decode()).equals(parts[2])) {
                throw rejected(TokenRejection.MALFORMED);
            }
            Map<String, Object> header = JSONObjectUtils.parse(parts[0].decodeToString());
            if (!"RS256".equals(header.get("alg")) || header.containsKey("crit")) {
                throw rejected(TokenRejection.UNSUPPORTED_ALGORITHM);
            }
            return new SignedJWT(parts[0], parts[1], parts[2]);
        } catch (ParseException e) {
            throw rejected(TokenRejection.MALFORMED);
        }
    }

    private static boolean signatureValid(SignedJWT jwt, RSAPublicKey key) {
        try {
            return jwt.verify(new RSASSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** The claims; a registered claim of the wrong type ({@code exp} a string, say) counts as missing. */
    private static JWTClaimsSet claims(Map<String, Object> payload) {
        try {
            return JWTClaimsSet.parse(payload);
        } catch (ParseException e) {
            throw rejected(TokenRejection.MISSING_CLAIM);
        }
    }

    private static Set<String> roles(Object claim, TrustedIssuer issuer) {
        List<String> claimed = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(claimed::add);
        } else if (claim instanceof String string) {
            claimed.addAll(List.of(string.trim().split("\\s+")));
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

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static TokenRejectedException rejected(TokenRejection reason) {
        return new TokenRejectedException(reason);
    }
}
