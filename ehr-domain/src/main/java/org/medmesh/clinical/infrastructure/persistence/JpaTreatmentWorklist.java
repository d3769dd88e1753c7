package org.medmesh.clinical.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import org.medmesh.clinical.domain.model.EncounterStatus;
import org.medmesh.clinical.domain.model.Treatment;
import org.medmesh.clinical.domain.model.TreatmentStatus;
import org.medmesh.clinical.domain.model.TreatmentWorklist;

@ApplicationScoped
public class JpaTreatmentWorklist implements TreatmentWorklist {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public List<Treatment> openOnWard(String hospital, String ward, int page, int size) {
        return em.createQuery("select t from Treatment t, Encounter e where e.id = t.encounterId"
                + " and e.homeHospital = :hospital and e.status = :inProgress and e.ward = :ward"
                + " and e.voidedAt is null and t.status in :open and t.voidedAt is null"
                + " order by t.createdAt, t.id", Treatment.class)
                .setParameter("hospital", hospital).setParameter("inProgress", EncounterStatus.IN_PROGRESS)
                .setParameter("ward", ward)
                .setParameter("open", List.of(TreatmentStatus.ORDERED, TreatmentStatus.IN_PROGRESS))
                .setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    }
}
