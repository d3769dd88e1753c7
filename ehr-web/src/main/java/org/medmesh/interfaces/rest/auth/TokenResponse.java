package org.medmesh.interfaces.rest.auth;

import java.time.Instant;

import org.medmesh.identity.application.IssuedToken;

/** A bearer token as returned to the client (OAuth 2.0 token response field names). */
public record TokenResponse(String access_token, String token_type, long expires_in, Instant expires_at,
        String username, String role, String hospital) {

    static TokenResponse of(IssuedToken token, Instant now) {
        return new TokenResponse(token.token(), "Bearer",
                Math.max(0, token.expiresAt().getEpochSecond() - now.getEpochSecond()), token.expiresAt(),
                token.username(), token.role(), token.hospital());
    }
}
