package org.medmesh.chart.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;
import java.util.Optional;

import org.medmesh.chart.domain.model.PatientGenerations;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.infrastructure.replication.ColumnKind;
import org.medmesh.shared.infrastructure.replication.PatientRecordGenerations;

@ApplicationScoped
public class JpaPatientGenerations implements PatientGenerations {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public Optional<String> current(PatientId patient) {
        return em.createNativeQuery(PatientRecordGenerations.CURRENT)
                .setParameter(1, ColumnKind.bytes(patient.value())).getResultStream().filter(Objects::nonNull)
                .findFirst().map(Object::toString);
    }
}
