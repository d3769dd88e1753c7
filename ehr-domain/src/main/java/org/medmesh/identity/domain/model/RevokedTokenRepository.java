package org.medmesh.identity.domain.model;

import java.time.Instant;

import org.medmesh.shared.domain.model.Repository;

/** Bearer tokens revoked before their expiry, by the SHA-256 digest of the whole token. */
@Repository
public interface RevokedTokenRepository {

    void revoke(byte[] tokenHash, Instant expiresAt, Instant now);

    boolean isRevoked(byte[] tokenHash);

    /** Drops the revocations of tokens that have expired anyway. */
    void purgeExpired(Instant now);
}
