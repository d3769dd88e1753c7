package org.medmesh.patient.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

import org.medmesh.patient.application.AnalyticsDemographics;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;

@Stateless
public class DefaultAnalyticsDemographics implements AnalyticsDemographics {

    @Inject
    PatientRepository patients;

    @Override
    public Optional<Demographics> of(PatientId id) {
        return patients.find(id).filter(p -> !p.voided()).map(p -> new Demographics(p.demographics().birthDate(),
                p.demographics().sex().name()));
    }
}
