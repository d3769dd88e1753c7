package org.medmesh.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

import org.medmesh.identity.domain.model.RevokedTokenRepository;

@ApplicationScoped
public class JpaRevokedTokenRepository implements RevokedTokenRepository {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public void revoke(byte[] tokenHash, Instant expiresAt, Instant now) {
        em.createNativeQuery(
                "INSERT IGNORE INTO revoked_token (token_hash, expires_at, revoked_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, tokenHash).setParameter(2, expiresAt).setParameter(3, now).executeUpdate();
    }

    @Override
    public boolean isRevoked(byte[] tokenHash) {
        return !em.createNativeQuery("SELECT 1 FROM revoked_token WHERE token_hash = ?1").setParameter(1, tokenHash)
                .getResultList().isEmpty();
    }

    @Override
    public void purgeExpired(Instant now) {
        em.createNativeQuery("DELETE FROM revoked_token WHERE expires_at < ?1").setParameter(1, now).executeUpdate();
    }
}
