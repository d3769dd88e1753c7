package org.medmesh.identity.infrastructure.token;

import java.time.Instant;
import java.util.Set;

/** What a token proved once its signature and claims were checked: who, with which of our roles, issued when. */
public record VerifiedToken(String issuerName, boolean local, String username, Set<String> roles, Instant issuedAt,
        Instant expiresAt) {

    public VerifiedToken {
        roles = Set.copyOf(roles);
    }
}
