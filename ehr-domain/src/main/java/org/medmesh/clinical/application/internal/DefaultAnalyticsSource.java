package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.Optional;

import org.medmesh.clinical.application.AnalyticsFacts;
import org.medmesh.clinical.application.AnalyticsFacts.CodedValue;
import org.medmesh.clinical.application.AnalyticsSource;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.patient.application.AnalyticsDemographics;
import org.medmesh.patient.domain.model.PatientId;

@Stateless
public class DefaultAnalyticsSource implements AnalyticsSource {

    @Inject
    AnalyticsDemographics demographics;

    @Inject
    PatientRecords records;

    @Override
    public Optional<AnalyticsFacts> factsOf(PatientId id) {
        return demographics.of(id).map(p -> new AnalyticsFacts(p.birthDate(), p.sex(),
                records.allCurrent(Observation.class, id).stream()
                        .filter(o -> o.code().system() != null && o.code().code() != null)
                        .sorted(Comparator.comparing(Observation::effectiveAt).reversed())
                        .map(o -> new CodedValue(o.code().system(), o.code().code(), o.quantity(), o.answer(),
                                o.effectiveAt()))
                        .toList()));
    }
}
