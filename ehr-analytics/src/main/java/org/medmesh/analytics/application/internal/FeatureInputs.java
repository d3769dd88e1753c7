package org.medmesh.analytics.application.internal;

import java.time.LocalDate;
import java.util.List;

import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.clinical.ClinicalObservation;
import org.medmesh.analytics.domain.model.clinical.ObservationMapping;
import org.medmesh.analytics.domain.model.clinical.PatientFacts;
import org.medmesh.clinical.application.AnalyticsFacts;
import org.medmesh.clinical.application.AnalyticsFacts.CodedValue;

/** The model inputs of a patient from what the domain's {@code AnalyticsSource} tells. */
final class FeatureInputs {

    private FeatureInputs() {
    }

    /**
     * The feature vector on {@code asOf}, from the most recent observation of each mapped code.
     *
     * @throws IllegalArgumentException when a recorded value is one the model cannot take
     */
    static FeatureVector of(AnalyticsFacts facts, LocalDate asOf) {
        List<ClinicalObservation> observations = facts.observations().stream()
                .filter(o -> (o.quantity() == null) != (o.answer() == null))
                .map(FeatureInputs::observation).toList();
        return ObservationMapping.toFeatureVector(new PatientFacts(facts.birthDate(), facts.sex(), asOf),
                observations);
    }

    private static ClinicalObservation observation(CodedValue value) {
        return new ClinicalObservation(value.system(), value.code(), value.quantity(), value.answer());
    }
}
