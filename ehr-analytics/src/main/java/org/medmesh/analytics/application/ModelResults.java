package org.medmesh.analytics.application;

import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * One model's evaluation: cross-validated on Cleveland, and trained on all of Cleveland then scored on each other
 * cohort (external validation), with the out-of-fold predictions by risk band.
 */
public record ModelResults(List<Feature> features, Performance crossValidated, Map<UciCohort, Performance> external,
        List<BandOutcome> bands) {

    public ModelResults {
        features = List.copyOf(features);
        external = Map.copyOf(external);
        bands = List.copyOf(bands);
    }
}
