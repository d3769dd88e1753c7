package org.medmesh.clinical.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.medmesh.clinical.domain.model.PatientRecord;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ConcurrentChange;

@ApplicationScoped
public class JpaPatientRecords implements PatientRecords {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public <T extends PatientRecord> Optional<T> find(Class<T> kind, UUID id) {
        return Optional.ofNullable(em.find(kind, id));
    }

    @Override
    public <T extends PatientRecord> List<T> ofPatient(Class<T> kind, PatientId patient, boolean includeVoided,
            int page, int size) {
        String voided = includeVoided ? "" : " and r.voidedAt is null";
        return em.createQuery("select r from " + kind.getSimpleName() + " r where r.patientId = :patient" + voided
                + " order by r.createdAt desc, r.id desc", kind)
                .setParameter("patient", patient.value())
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultList();
    }

    @Override
    public <T extends PatientRecord> List<T> allCurrent(Class<T> kind, PatientId patient) {
        return em.createQuery("select r from " + kind.getSimpleName()
                + " r where r.patientId = :patient and r.voidedAt is null order by r.createdAt desc, r.id desc", kind)
                .setParameter("patient", patient.value())
                .getResultList();
    }

    @Override
    public Set<String> authorsIn(Class<? extends PatientRecord> kind, PatientId patient, Collection<UUID> encounters) {
        if (encounters.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(em.createQuery("select distinct r.createdBy from " + kind.getSimpleName()
                + " r where r.patientId = :patient and r.encounterId in :encounters and r.voidedAt is null",
                String.class).setParameter("patient", patient.value()).setParameter("encounters", encounters)
                .getResultList());
    }

    @Override
    public void store(PatientRecord record) {
        em.persist(record);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(e);
        }
    }
}
