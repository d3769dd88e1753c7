package org.medmesh.clinical.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.Optional;

import org.medmesh.clinical.application.AnalyticsFacts;
import org.medmesh.clinical.application.AnalyticsFacts.CodedValue;
import org.medmesh.clinical.application.AnalyticsSource;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;

@Stateless
public class DefaultAnalyticsSource implements AnalyticsSource {

    @Inject
    PatientRepository patients;

    @Inject
    PatientRecords records;

    @Override
    @PermitAll
    public Optional<AnalyticsFacts> factsOf(PatientId id) {
        Optional<Patient> patient = patients.find(id).filter(p -> !p.voided());
        return patient.map(p -> new AnalyticsFacts(p.demographics().birthDate(), p.demographics().sex().name(),
                records.allCurrent(Observation.class, id).stream()
                        .filter(o -> o.code().system() != null && o.code().code() != null)
                        .sorted(Comparator.comparing(Observation::effectiveAt).reversed())
                        .map(o -> new CodedValue(o.code().system(), o.code().code(), o.quantity(), o.answer(),
                                o.effectiveAt()))
                        .toList()));
    }
}
