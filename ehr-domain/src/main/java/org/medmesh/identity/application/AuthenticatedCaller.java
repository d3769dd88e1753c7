package org.medmesh.identity.application;

import java.time.Instant;
import java.util.Set;

/** The staff member a verified bearer token speaks for, with the roles this hospital grants them. */
public record AuthenticatedCaller(String username, Set<String> roles, String issuer, Instant expiresAt) {

    public AuthenticatedCaller {
        roles = Set.copyOf(roles);
    }
}
