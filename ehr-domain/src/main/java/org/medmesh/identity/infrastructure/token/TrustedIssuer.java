package org.medmesh.identity.infrastructure.token;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuer whose RS256 tokens this hospital accepts: its {@code iss} value, its keys, the audience its tokens must
 * name (if any), which claims hold the username and the roles, and how its role names map to this hospital's.
 */
record TrustedIssuer(String name, String issuer, KeySource keys, Optional<String> audience, String usernameClaim,
        String rolesClaim, Map<String, String> roleMap) {

    TrustedIssuer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(keys, "keys");
        roleMap = Map.copyOf(roleMap);
    }

    /** The role of this hospital an issuer's role name maps to, if any. */
    Optional<String> mapRole(String role) {
        return Optional.ofNullable(roleMap.get(role));
    }
}
