package org.medmesh.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

import org.medmesh.identity.domain.model.SignInFailure;
import org.medmesh.identity.domain.model.SignInFailureRepository;

@ApplicationScoped
public class JpaSignInFailureRepository implements SignInFailureRepository {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public SignInFailure lockFor(String username) {
        em.createNativeQuery("INSERT IGNORE INTO sign_in_failure (username, failures) VALUES (?1, 0)")
                .setParameter(1, username).executeUpdate();
        return em.find(SignInFailure.class, username, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<SignInFailure> find(String username) {
        return Optional.ofNullable(em.find(SignInFailure.class, username));
    }

    @Override
    public void clear(String username) {
        em.createQuery("delete from SignInFailure f where f.username = :username").setParameter("username", username)
                .executeUpdate();
    }
}
