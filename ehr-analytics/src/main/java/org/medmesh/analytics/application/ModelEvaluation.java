package org.medmesh.analytics.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.medmesh.analytics.domain.evaluation.CrossValidation;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.Prediction;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.PatternSubmodels;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.RiskModelTrainer;
import org.medmesh.analytics.domain.model.SubmodelName;
import org.medmesh.analytics.infrastructure.data.CohortData;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.medmesh.analytics.infrastructure.weka.WekaRelease;

/**
 * The evaluation behind the model card: the served model (pattern submodels) and, beside it, one model imputing the
 * missing inputs with the same ridge and recalibration, the model before issue #25 and the 3-input baseline.
 * <ul>
 * <li>Should cross-validate on Cleveland with {@value #FOLDS} stratified folds and seed {@value #SEED}, reproducibly.
 * <li>Should train on all of Cleveland and score the Hungarian, Swiss and VA cohorts, never training on them.
 * <li>Should cross-validate the served method with every ridge of {@link HeartRiskModels#RIDGES}.
 * </ul>
 */
public final class ModelEvaluation {

    public static final int FOLDS = HeartRiskModels.FOLDS;
    public static final long SEED = HeartRiskModels.SEED;

    static final String SERVED = "pattern submodels";
    static final String IMPUTING_SAME_RIDGE = "one model imputing, same ridge and recalibration";
    static final String BEFORE = "one model imputing (before #25)";

    private ModelEvaluation() {
    }

    public static EvaluationReport run() {
        Map<UciCohort, CohortData> data = new EnumMap<>(UciCohort.class);
        for (UciCohort cohort : UciCohort.values()) {
            data.put(cohort, UciHeartDiseaseData.load(cohort));
        }
        List<LabelledCase> cleveland = data.get(UciCohort.CLEVELAND).cases();
        PatternSubmodels production = HeartRiskModels.production();
        List<RidgeScore> ridges = new ArrayList<>();
        Map<Double, List<Prediction>> outOfFold = new HashMap<>();
        for (double ridge : HeartRiskModels.RIDGES) {
            outOfFold.put(ridge, crossValidate(HeartRiskModels.served(ridge), cleveland, HeartRiskModels.ALL_FEATURES));
            ridges.add(new RidgeScore(ridge, Performance.of(outOfFold.get(ridge))));
        }
        List<Prediction> served = Objects.requireNonNull(outOfFold.get(HeartRiskModels.RIDGE),
                "the served ridge is one of those compared");
        List<ModelResults> comparisons = List.of(
                results(IMPUTING_SAME_RIDGE, HeartRiskModels.recalibrated(HeartRiskModels.RIDGE),
                        HeartRiskModels.ALL_FEATURES, data),
                results(BEFORE, HeartRiskModels.imputing(), HeartRiskModels.ALL_FEATURES, data),
                results("3-input baseline", HeartRiskModels.imputing(), HeartRiskModels.BASELINE_FEATURES, data));
        List<CohortSummary> summaries = data.values().stream().map(ModelEvaluation::summary).toList();
        return new EvaluationReport(production.version(), WekaRelease.describe(), HeartRiskModels.RIDGE, FOLDS, SEED,
                summaries, ridges, ModelResults.of(SERVED, served, production, data), comparisons,
                SubmodelCensus.of(data, production), named(production, cleveland));
    }

    /** The served model's cross-validated ROC AUC on Cleveland alone (what a node reports as a gauge). */
    public static double servedCrossValidatedAuc() {
        List<LabelledCase> cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        return Performance.of(crossValidate(HeartRiskModels.served(HeartRiskModels.RIDGE), cleveland,
                HeartRiskModels.ALL_FEATURES)).rocAuc();
    }

    private static List<Prediction> crossValidate(RiskModelTrainer trainer, List<LabelledCase> cases,
            List<Feature> features) {
        return new CrossValidation(trainer, FOLDS, SEED).predictions(cases, features);
    }

    private static ModelResults results(String name, RiskModelTrainer trainer, List<Feature> features,
            Map<UciCohort, CohortData> data) {
        List<LabelledCase> cleveland = data.get(UciCohort.CLEVELAND).cases();
        RiskModel trained = trainer.train(cleveland, features);
        return ModelResults.of(name, crossValidate(trainer, cleveland, features), trained, data);
    }

    private static List<NamedSubmodel> named(PatternSubmodels production, List<LabelledCase> cleveland) {
        return HeartRiskModels.NAMED_SUBMODELS.stream().map(inputs -> {
            RiskModel submodel = production.submodel(inputs);
            return new NamedSubmodel(SubmodelName.of(inputs), SubmodelCensus.completeFor(cleveland, inputs).size(),
                    SubmodelCensus.recalibration(submodel), submodel.parameters());
        }).toList();
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
