package org.medmesh.identity.application;

import java.time.Instant;

/** A signed bearer token and what it grants. */
public record IssuedToken(String token, Instant expiresAt, String username, String role, String hospital) {
}
