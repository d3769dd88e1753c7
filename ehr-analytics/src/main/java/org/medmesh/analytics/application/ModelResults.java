package org.medmesh.analytics.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.Prediction;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.CohortData;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * One model's evaluation: cross-validated on Cleveland, and trained on all of Cleveland then scored on each other
 * cohort (external validation), with the predictions by risk band in every cohort (Cleveland: out-of-fold).
 */
public record ModelResults(String name, List<Feature> features, Performance crossValidated,
        Map<UciCohort, Performance> external, Map<UciCohort, List<BandOutcome>> bands) {

    public ModelResults {
        features = List.copyOf(features);
        external = Map.copyOf(external);
        bands = Map.copyOf(bands);
    }

    /**
     * @param outOfFold the Cleveland cases' out-of-fold predictions
     * @param trainedOnCleveland the model trained on all of Cleveland, scored on the other cohorts
     */
    static ModelResults of(String name, List<Prediction> outOfFold, RiskModel trainedOnCleveland,
            Map<UciCohort, CohortData> data) {
        Map<UciCohort, Performance> external = new EnumMap<>(UciCohort.class);
        Map<UciCohort, List<BandOutcome>> bands = new EnumMap<>(UciCohort.class);
        bands.put(UciCohort.CLEVELAND, BandOutcome.table(outOfFold));
        for (CohortData cohort : data.values()) {
            if (cohort.cohort() != UciCohort.CLEVELAND) {
                List<Prediction> predictions = Prediction.of(trainedOnCleveland, cohort.cases());
                external.put(cohort.cohort(), Performance.of(predictions));
                bands.put(cohort.cohort(), BandOutcome.table(predictions));
            }
        }
        return new ModelResults(name, trainedOnCleveland.features(), Performance.of(outOfFold), external, bands);
    }

    /** The performance in a cohort: out-of-fold for Cleveland, external for the others. */
    public Performance in(UciCohort cohort) {
        return cohort == UciCohort.CLEVELAND ? crossValidated : external.get(cohort);
    }
}
