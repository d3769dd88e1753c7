package org.medmesh.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.domain.model.StaffId;

@ApplicationScoped
public class JpaStaffAccountRepository implements StaffAccountRepository {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return em.createQuery("select a from StaffAccount a where a.username = :username", StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StaffAccount> find(StaffId id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    @Override
    public List<StaffAccount> findAll() {
        return em.createQuery("select a from StaffAccount a order by a.username", StaffAccount.class)
                .getResultList();
    }

    @Override
    public void store(StaffAccount account) {
        em.persist(account);
    }
}
