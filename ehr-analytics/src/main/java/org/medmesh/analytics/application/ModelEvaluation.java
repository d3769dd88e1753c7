package org.medmesh.analytics.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.evaluation.CrossValidation;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.Prediction;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.CohortData;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;

import org.medmesh.analytics.infrastructure.weka.WekaRelease;

/**
 * The evaluation behind the model card, for the production model and the 3-input baseline alike.
 * <ul>
 * <li>Should cross-validate on Cleveland with {@value #FOLDS} stratified folds and seed {@value #SEED}, reproducibly.
 * <li>Should train on all of Cleveland and score the Hungarian, Swiss and VA cohorts, never training on them.
 * </ul>
 */
public final class ModelEvaluation {

    public static final int FOLDS = 10;
    public static final long SEED = 1;

    private ModelEvaluation() {
    }

    public static EvaluationReport run() {
        Map<UciCohort, CohortData> data = new EnumMap<>(UciCohort.class);
        for (UciCohort cohort : UciCohort.values()) {
            data.put(cohort, UciHeartDiseaseData.load(cohort));
        }
        RiskModel production = HeartRiskModels.production();
        List<CohortSummary> summaries = data.values().stream().map(ModelEvaluation::summary).toList();
        return new EvaluationReport(production.version(), WekaRelease.describe(), production.parameters(), FOLDS, SEED,
                summaries, results(data, production), results(data, HeartRiskModels.baseline()));
    }

    private static ModelResults results(Map<UciCohort, CohortData> data, RiskModel trainedOnCleveland) {
        List<LabelledCase> cleveland = data.get(UciCohort.CLEVELAND).cases();
        List<Prediction> outOfFold = new CrossValidation(HeartRiskModels.trainer(), FOLDS, SEED).predictions(cleveland,
                trainedOnCleveland.features());
        Map<UciCohort, Performance> external = new EnumMap<>(UciCohort.class);
        for (UciCohort cohort : UciCohort.values()) {
            if (cohort != UciCohort.CLEVELAND) {
                external.put(cohort, Performance.of(Prediction.of(trainedOnCleveland, data.get(cohort).cases())));
            }
        }
        return new ModelResults(trainedOnCleveland.features(), Performance.of(outOfFold), external, bands(outOfFold));
    }

    private static List<BandOutcome> bands(List<Prediction> predictions) {
        List<BandOutcome> bands = new ArrayList<>();
        for (RiskBand band : RiskBand.values()) {
            List<Prediction> inside = predictions.stream().filter(p -> RiskBand.of(p.probability()) == band).toList();
            bands.add(new BandOutcome(band, inside.size(),
                    inside.stream().mapToDouble(p -> p.disease() ? 1 : 0).average().orElse(Double.NaN)));
        }
        return bands;
    }

    private static CohortSummary summary(CohortData data) {
        Map<Feature, Integer> missing = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            missing.put(feature, (int) data.cases().stream().filter(c -> c.inputs().isMissing(feature)).count());
        }
        int diseased = (int) data.cases().stream().filter(LabelledCase::disease).count();
        return new CohortSummary(data.cohort(), data.cases().size(), diseased, missing,
                data.implausibleValuesReadAsMissing());
    }
}
