package org.medmesh.analytics.application;

import java.util.List;

import org.medmesh.analytics.domain.model.ModelVersion;

/**
 * Everything the model card reports, computed by {@link ModelEvaluation}: the served model (pattern submodels) and the
 * single models beside it, the choice of the ridge, the submodels in use and those shown in full.
 */
public record EvaluationReport(ModelVersion version, String wekaVersion, double ridge, int folds, long seed,
        List<CohortSummary> cohorts, List<RidgeScore> ridges, ModelResults served, List<ModelResults> comparisons,
        SubmodelCensus submodels, List<NamedSubmodel> named) {

    public EvaluationReport {
        cohorts = List.copyOf(cohorts);
        ridges = List.copyOf(ridges);
        comparisons = List.copyOf(comparisons);
        named = List.copyOf(named);
    }

    /** The ridge of lowest cross-validated log-loss. */
    public double selectedRidge() {
        return ridges.stream().min((a, b) -> Double.compare(a.crossValidated().logLoss(),
                b.crossValidated().logLoss())).orElseThrow().ridge();
    }
}
