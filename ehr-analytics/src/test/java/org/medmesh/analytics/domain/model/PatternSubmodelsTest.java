package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.application.HeartRiskModels;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;

class PatternSubmodelsTest {

    private static final List<Feature> ALL = List.of(Feature.values());

    private static List<LabelledCase> cleveland;
    private static PatternSubmodels served;

    @BeforeAll
    static void train() {
        cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        served = HeartRiskModels.production();
    }

    @Test
    void shouldScoreAPatientWithTheSubmodelOfTheInputsTheyHaveAndImputeNothing() {
        FeatureVector withoutVessels = complete().withMissing(Feature.MAJOR_VESSELS);

        RiskAssessment assessment = served.score(withoutVessels);

        assertThat(assessment.scoredBy()).isEqualTo("without ca");
        assertThat(assessment.missing()).containsExactly(Feature.MAJOR_VESSELS);
        assertThat(assessment.imputed()).isEmpty();
        assertThat(assessment.inputsUsed()).hasSize(12).doesNotContainKey(Feature.MAJOR_VESSELS);
        assertThat(assessment.contributions()).hasSize(12).noneMatch(FeatureContribution::imputed);
        assertThat(assessment.probability()).isEqualTo(served.submodel(HeartRiskModels.without(Feature.MAJOR_VESSELS))
                .score(withoutVessels).probability());
        assertThat(served.score(complete()).scoredBy()).isEqualTo("all inputs");
        assertThat(served.score(complete().withMissing(Feature.THALLIUM_SCAN)).scoredBy()).isEqualTo("without thal");
    }

    /**
     * The point of issue #25. Hiding fluoroscopy and thallium from every Cleveland patient: the old way (filling in the
     * unremarkable answers, no vessel and a normal scan) scores them as if the tests were normal and under-predicts —
     * most of those patients' tests were not normal — while the submodel without them predicts, on average, the rate of
     * disease they have; and it predicts more for every patient whose hidden tests were abnormal.
     */
    @Test
    void shouldNotScoreAPatientWithoutFluoroscopyOrThalliumAsIfBothTestsWereNormal() {
        RiskModel allInputs = served.submodel(ALL);
        List<LabelledCase> complete = cleveland.stream().filter(c -> c.inputs().missing().isEmpty()).toList();
        double observed = complete.stream().filter(LabelledCase::disease).count() / (double) complete.size();
        double withoutTests = 0;
        double asIfNormal = 0;
        for (LabelledCase patient : complete) {
            FeatureVector hidden = patient.inputs().withMissing(Feature.MAJOR_VESSELS)
                    .withMissing(Feature.THALLIUM_SCAN);
            RiskAssessment assessment = served.score(hidden);
            double normal = allInputs.score(hidden.with(Feature.MAJOR_VESSELS, 0).with(Feature.THALLIUM_SCAN, 3))
                    .probability();
            withoutTests += assessment.probability();
            asIfNormal += normal;
            assertThat(assessment.scoredBy()).isEqualTo("without ca, thal");
            assertThat(assessment.missing()).containsExactly(Feature.MAJOR_VESSELS, Feature.THALLIUM_SCAN);
            if (patient.inputs().value(Feature.MAJOR_VESSELS).getAsDouble() > 0
                    && patient.inputs().value(Feature.THALLIUM_SCAN).getAsDouble() == 7) {
                assertThat(assessment.probability()).isGreaterThan(normal);
            }
        }
        assertThat(withoutTests / complete.size()).isCloseTo(observed, within(0.02));
        assertThat(asIfNormal / complete.size()).isLessThan(observed - 0.1);
    }

    @Test
    void shouldGiveEveryAssessmentTheVersionOfTheWholeModel() {
        RiskAssessment full = served.score(complete());
        RiskAssessment partial = served.score(complete().withMissing(Feature.MAJOR_VESSELS));

        assertThat(full.modelVersion()).isEqualTo(served.version()).isEqualTo(partial.modelVersion())
                .isNotEqualTo(served.submodel(ALL).version());
    }

    @Test
    void shouldTrainEachSubmodelOnceOnTheCasesThatHaveAllItsInputs() throws Exception {
        List<List<LabelledCase>> trainedOn = Collections.synchronizedList(new ArrayList<>());
        RiskModelTrainer recording = (training, features) -> {
            trainedOn.add(training);
            return HeartRiskModels.recalibrated(HeartRiskModels.RIDGE).train(training, features);
        };
        PatternSubmodels model = new PatternSubmodels(cleveland, ALL, recording);
        FeatureVector withoutThallium = complete().withMissing(Feature.THALLIUM_SCAN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RiskAssessment>> scores = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                scores.add(pool.submit(() -> model.score(withoutThallium)));
            }
            for (Future<RiskAssessment> score : scores) {
                assertThat(score.get(1, TimeUnit.MINUTES)).isEqualTo(scores.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(trainedOn).extracting(List::size).containsExactly(297, 299);
        assertThat(trainedOn.get(1)).allSatisfy(c -> assertThat(c.inputs().isMissing(Feature.MAJOR_VESSELS)).isFalse());
    }

    @Test
    void shouldScoreAPatientWithNoInputsAtTheRateOfDisease() {
        double prevalence = cleveland.stream().filter(LabelledCase::disease).count() / (double) cleveland.size();

        RiskAssessment assessment = served.score(FeatureVector.empty());

        assertThat(assessment.scoredBy()).isEqualTo("no inputs");
        assertThat(assessment.missing()).hasSize(13);
        assertThat(assessment.probability()).isCloseTo(prevalence, within(1e-6));
    }

    /** Cleveland's first complete patient. */
    private static FeatureVector complete() {
        return cleveland.stream().filter(c -> c.inputs().missing().isEmpty()).findFirst().orElseThrow().inputs();
    }
}
