package org.medmesh.analytics.application;

import java.util.List;

import org.medmesh.analytics.domain.model.ModelParameters;
import org.medmesh.analytics.domain.model.ModelVersion;

/** Everything the model card reports, computed by {@link ModelEvaluation}. */
public record EvaluationReport(ModelVersion version, String wekaVersion, ModelParameters parameters, int folds,
        long seed, List<CohortSummary> cohorts, ModelResults full, ModelResults baseline) {

    public EvaluationReport {
        cohorts = List.copyOf(cohorts);
    }
}
