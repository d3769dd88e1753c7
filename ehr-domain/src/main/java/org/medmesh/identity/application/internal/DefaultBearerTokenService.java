package org.medmesh.identity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.medmesh.identity.application.AuthenticatedCaller;
import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;
import org.medmesh.identity.domain.model.RevokedTokenRepository;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.infrastructure.token.TokenVerifier;
import org.medmesh.identity.infrastructure.token.TrustedIssuers;
import org.medmesh.identity.infrastructure.token.VerifiedToken;

@Stateless
public class DefaultBearerTokenService implements BearerTokenService {

    @Inject
    TrustedIssuers issuers;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    RevokedTokenRepository revoked;

    @Inject
    AcceptedTokens accepted;

    private final Clock clock = Clock.systemUTC();

    /** Reads only: no transaction of its own (one per request was a third of the statements of a write). */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuthenticatedCaller authenticate(String token) {
        byte[] digest = digest(token);
        String key = Base64.getEncoder().encodeToString(digest);
        Instant now = clock.instant();
        return accepted.find(key, now).orElseGet(() -> {
            long checkedFrom = accepted.generation();
            AuthenticatedCaller caller = check(token, digest);
            accepted.remember(key, caller, checkedFrom, now);
            return caller;
        });
    }

    private AuthenticatedCaller check(String token, byte[] digest) {
        VerifiedToken verified = issuers.verifier().verify(token);
        StaffAccount account = accounts.findByUsername(verified.username())
                .orElseThrow(() -> new TokenRejectedException(TokenRejection.UNKNOWN_ACCOUNT));
        if (!account.enabled()) {
            throw new TokenRejectedException(TokenRejection.ACCOUNT_DISABLED);
        }
        String role = account.role().roleName();
        boolean roleHeld = verified.local() ? verified.roles().equals(Set.of(role)) : verified.roles().contains(role);
        if (!roleHeld) {
            throw new TokenRejectedException(TokenRejection.ROLE_MISMATCH);
        }
        if (!account.acceptsTokenIssuedAt(verified.issuedAt())) {
            throw new TokenRejectedException(TokenRejection.SUPERSEDED);
        }
        if (revoked.isRevoked(digest)) {
            throw new TokenRejectedException(TokenRejection.REVOKED);
        }
        return new AuthenticatedCaller(account.username(), Set.of(role), verified.issuerName(), verified.expiresAt());
    }

    @Override
    public void revoke(String token) {
        AuthenticatedCaller caller = authenticate(token);
        revoked.purgeExpired(clock.instant());
        revoked.revoke(digest(token), caller.expiresAt().plus(TokenVerifier.CLOCK_SKEW), clock.instant());
        accepted.forgetAllOnceDone();
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
