package org.medmesh.identity.domain.model;

import java.time.Instant;

/** Bearer tokens revoked before their expiry, by the SHA-256 digest of the whole token. */
public interface RevokedTokenRepository {

    void revoke(byte[] tokenHash, Instant expiresAt, Instant now);

    boolean isRevoked(byte[] tokenHash);

    /** Drops the revocations of tokens that have expired anyway. */
    void purgeExpired(Instant now);
}
