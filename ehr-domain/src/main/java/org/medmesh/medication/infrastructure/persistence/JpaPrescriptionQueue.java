package org.medmesh.medication.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.medication.domain.model.PrescriptionQueue;
import org.medmesh.medication.domain.model.PrescriptionStatus;

@ApplicationScoped
public class JpaPrescriptionQueue implements PrescriptionQueue {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public List<Prescription> awaitingDispensing(String hospital, int page, int size) {
        return em.createQuery("select p from Prescription p where p.status = :active and p.voidedAt is null"
                + " and p.homeHospital = :hospital order by p.createdAt, p.id", Prescription.class)
                .setParameter("active", PrescriptionStatus.ACTIVE).setParameter("hospital", hospital)
                .setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    }
}
