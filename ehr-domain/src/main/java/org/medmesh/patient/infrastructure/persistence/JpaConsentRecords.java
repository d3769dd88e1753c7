package org.medmesh.patient.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.patient.domain.model.ConsentRecords;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ConcurrentChange;

@ApplicationScoped
public class JpaConsentRecords implements ConsentRecords {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public Optional<PatientConsent> consentOf(PatientId patient) {
        return Optional.ofNullable(em.find(PatientConsent.class, patient.value()));
    }

    @Override
    public Set<PatientId> notSharing(Collection<PatientId> patients) {
        return patientsWhere("c.sharingWithHospitals = false", patients);
    }

    @Override
    public Set<PatientId> optedOutOfAnalytics(Collection<PatientId> patients) {
        return patientsWhere("c.analyticsUse = false", patients);
    }

    @Override
    public List<PatientId> optedOutOfAnalytics() {
        return em.createQuery("select c.patientId from PatientConsent c where c.analyticsUse = false", UUID.class)
                .getResultStream().map(PatientId::new).toList();
    }

    private Set<PatientId> patientsWhere(String condition, Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = patients.stream().map(PatientId::value).toList();
        return em.createQuery("select c.patientId from PatientConsent c where c.patientId in :ids and " + condition,
                UUID.class).setParameter("ids", ids).getResultStream().map(PatientId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<BreakGlassGrant> grantsOf(PatientId patient) {
        return em.createQuery("select g from BreakGlassGrant g where g.patientId = :patient and g.voidedAt is null"
                + " order by g.createdAt desc", BreakGlassGrant.class).setParameter("patient", patient.value())
                .getResultList();
    }

    @Override
    public void storeNew(PatientConsent consent) {
        em.persist(consent);
        flush();
    }

    @Override
    public void store(BreakGlassGrant grant) {
        em.persist(grant);
    }

    /** A first consent recorded at the same moment by someone else collides on its id: a concurrent change. */
    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw new ConcurrentChange(e);
            }
            throw e;
        }
    }
}
