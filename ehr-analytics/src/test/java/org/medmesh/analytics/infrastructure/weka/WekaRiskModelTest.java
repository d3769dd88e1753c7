package org.medmesh.analytics.infrastructure.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.ModelParameters;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;

class WekaRiskModelTest {

    private static final List<Feature> ALL = List.of(Feature.values());

    private static List<LabelledCase> cleveland;
    private static RiskModel model;

    @BeforeAll
    static void train() {
        cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        model = new WekaLogisticTrainer().train(cleveland, ALL);
    }

    @Test
    void shouldExplainEveryClevelandPatientWithContributionsThatAddUpToWekasProbability() {
        for (LabelledCase patient : cleveland) {
            RiskAssessment assessment = model.score(patient.inputs());

            double sum = assessment.contributions().stream().mapToDouble(FeatureContribution::logOdds).sum();
            assertThat(assessment.referenceLogOdds() + sum).isCloseTo(assessment.logOdds(), within(1e-9));
            assertThat(1 / (1 + Math.exp(-assessment.logOdds()))).isCloseTo(assessment.probability(), within(1e-9));
            assertThat(assessment.band()).isEqualTo(RiskBand.of(assessment.probability()));
        }
    }

    @Test
    void shouldComputeAContributionAsCoefficientTimesDistanceFromTheReference() {
        FeatureVector older = cleveland.get(0).inputs().with(Feature.AGE, 70);
        ModelParameters.Term age = term("age");
        ModelParameters.Term asymptomatic = term("cp=4");
        ModelParameters.Term atypical = term("cp=2");
        ModelParameters.Term nonAnginal = term("cp=3");

        RiskAssessment assessment = model.score(older.with(Feature.CHEST_PAIN_TYPE, 4));

        assertThat(contribution(assessment, Feature.AGE))
                .isCloseTo(age.coefficient() * (70 - age.reference()), within(1e-12));
        assertThat(contribution(assessment, Feature.CHEST_PAIN_TYPE)).isCloseTo(
                asymptomatic.coefficient() * (1 - asymptomatic.reference())
                        - atypical.coefficient() * atypical.reference()
                        - nonAnginal.coefficient() * nonAnginal.reference(),
                within(1e-12));
    }

    @Test
    void shouldImputeEveryMissingInputFromTrainingStatisticsAndSaySo() {
        FeatureVector partial = FeatureVector.of(Map.of(Feature.AGE, 58.0, Feature.SEX, 0.0, Feature.CHEST_PAIN_TYPE,
                4.0, Feature.RESTING_SYSTOLIC_BP, 140.0, Feature.MAX_HEART_RATE, 120.0));
        double meanCholesterol = cleveland.stream().mapToDouble(c -> c.inputs().value(Feature.CHOLESTEROL)
                .getAsDouble()).average().getAsDouble();

        RiskAssessment assessment = model.score(partial);

        assertThat(assessment.missing()).containsExactlyElementsOf(partial.missing());
        assertThat(assessment.scoredBy()).isEqualTo("all inputs, missing inputs imputed");
        assertThat(assessment.imputed()).contains(new ImputedInput(Feature.MAJOR_VESSELS, 0, "training mode"),
                new ImputedInput(Feature.THALLIUM_SCAN, 3, "training mode"));
        assertThat(assessment.imputed()).filteredOn(i -> i.feature() == Feature.CHOLESTEROL).singleElement()
                .satisfies(i -> assertThat(i.value()).isCloseTo(meanCholesterol, within(1e-9)));
        assertThat(assessment.inputsUsed()).hasSize(13).containsEntry(Feature.AGE, 58.0)
                .containsEntry(Feature.THALLIUM_SCAN, 3.0);
        assertThat(assessment.contributions()).filteredOn(FeatureContribution::imputed)
                .extracting(FeatureContribution::feature).containsExactlyInAnyOrderElementsOf(partial.missing());
        assertThat(contribution(assessment, Feature.CHOLESTEROL)).isCloseTo(0, within(1e-12));
    }

    @Test
    void shouldScoreAVectorWithEveryInputMissingAsTheTrainingAverage() {
        RiskAssessment assessment = model.score(FeatureVector.empty());

        assertThat(assessment.imputed()).hasSize(13);
        assertThat(assessment.probability()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldIgnoreInputsAModelWasNotTrainedOn() {
        RiskModel baseline = new WekaLogisticTrainer().train(cleveland, List.of(Feature.CHEST_PAIN_TYPE,
                Feature.MAJOR_VESSELS, Feature.THALLIUM_SCAN));

        RiskAssessment assessment = baseline.score(FeatureVector.empty().with(Feature.CHEST_PAIN_TYPE, 1));

        assertThat(assessment.inputsUsed()).containsOnlyKeys(Feature.CHEST_PAIN_TYPE, Feature.MAJOR_VESSELS,
                Feature.THALLIUM_SCAN);
        assertThat(assessment.missing()).containsExactly(Feature.MAJOR_VESSELS, Feature.THALLIUM_SCAN);
        assertThat(assessment.contributions()).hasSize(3);
    }

    @Test
    void shouldReportTheSameVersionForTheSameTrainingAndAnotherForOtherDataOrInputs() {
        RiskModel again = new WekaLogisticTrainer().train(UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases(), ALL);
        RiskModel fewerCases = new WekaLogisticTrainer().train(cleveland.subList(1, cleveland.size()), ALL);
        RiskModel fewerInputs = new WekaLogisticTrainer().train(cleveland, ALL.subList(0, 12));

        assertThat(again.version()).isEqualTo(model.version());
        assertThat(again.score(cleveland.get(7).inputs())).isEqualTo(model.score(cleveland.get(7).inputs()));
        assertThat(model.version().value()).matches("heart-lr-[0-9a-f]{16}");
        assertThat(fewerCases.version()).isNotEqualTo(model.version());
        assertThat(fewerInputs.version()).isNotEqualTo(model.version());
    }

    @Test
    void shouldScoreFromSeveralThreadsAsFromOne() throws Exception {
        List<RiskAssessment> alone = cleveland.stream().map(c -> model.score(c.inputs())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RiskAssessment>>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                runs.add(pool.submit(() -> cleveland.stream().map(c -> model.score(c.inputs())).toList()));
            }
            for (Future<List<RiskAssessment>> run : runs) {
                assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldCodeEachAnswerOfACodedInputAsItsOwnTerm() {
        assertThat(model.parameters().terms()).extracting(ModelParameters.Term::name).containsExactly("age", "sex",
                "cp=2", "cp=3", "cp=4", "trestbps", "chol", "fbs", "restecg=1", "restecg=2", "thalach", "exang",
                "oldpeak", "slope=2", "slope=3", "ca", "thal=6", "thal=7");
    }

    @Test
    void shouldRefuseTrainingWithASingleOutcome() {
        List<LabelledCase> healthy = cleveland.stream().filter(c -> !c.disease()).toList();

        assertThatThrownBy(() -> new WekaLogisticTrainer().train(healthy, ALL))
                .hasMessageContaining("both outcomes");
        assertThatThrownBy(() -> new WekaLogisticTrainer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTrainTheInterceptOnlyModelWithoutInputs() {
        double prevalence = cleveland.stream().filter(LabelledCase::disease).count() / (double) cleveland.size();

        RiskModel prior = new WekaLogisticTrainer().train(cleveland, List.of());
        RiskAssessment assessment = prior.score(cleveland.get(0).inputs());

        assertThat(prior.parameters().terms()).isEmpty();
        assertThat(assessment.probability()).isCloseTo(prevalence, within(1e-6));
        assertThat(assessment.contributions()).isEmpty();
        assertThat(assessment.scoredBy()).isEqualTo("no inputs");
    }

    @Test
    void shouldPullTheLogOddsTowardsTheAverageWithALargerRidge() {
        RiskModel ridged = new WekaLogisticTrainer(30).train(cleveland, ALL);

        assertThat(ridged.version()).isNotEqualTo(model.version());
        assertThat(spread(ridged)).isLessThan(spread(model) / 2);
    }

    private static double spread(RiskModel trained) {
        double[] logOdds = cleveland.stream().mapToDouble(c -> trained.score(c.inputs()).logOdds()).toArray();
        double mean = Arrays.stream(logOdds).average().orElseThrow();
        return Math.sqrt(Arrays.stream(logOdds).map(x -> (x - mean) * (x - mean)).average().orElseThrow());
    }

    private static double contribution(RiskAssessment assessment, Feature feature) {
        return assessment.contributions().stream().filter(c -> c.feature() == feature).findFirst().orElseThrow()
                .logOdds();
    }

    private static ModelParameters.Term term(String name) {
        return model.parameters().terms().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
