package org.medmesh.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.ReliabilityBin;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * The figures of the model card, reproduced. The expected values are the ones this evaluation gives with its fixed
 * folds and seed (docs/model-card.md); the tolerance allows for floating-point differences between platforms only. The
 * targets of issue #25 (ROC AUC: Cleveland CV and Hungarian at least 0.90, Switzerland 0.78, VA 0.75) are met but for
 * the VA cohort, whose figure is pinned here as it is.
 */
class ModelEvaluationTest {

    private static final EvaluationReport REPORT = EvaluationFixture.report();

    @Test
    void shouldReproduceTheServedModelsCrossValidatedFiguresOnCleveland() {
        Performance cv = REPORT.served().crossValidated();

        assertThat(cv.cases()).isEqualTo(303);
        assertThat(cv.rocAuc()).isGreaterThanOrEqualTo(0.90).isCloseTo(0.912, within(0.002));
        assertThat(cv.accuracy()).isCloseTo(0.845, within(0.002));
        assertThat(cv.brierScore()).isCloseTo(0.118, within(0.002));
        assertThat(cv.calibration().inTheLarge()).isCloseTo(0, within(0.02));
        assertThat(cv.calibration().slope()).isCloseTo(0.96, within(0.01));
    }

    @Test
    void shouldReproduceTheServedModelsExternalDiscriminationAndCalibration() {
        Map<UciCohort, Performance> external = REPORT.served().external();

        assertThat(external).containsOnlyKeys(UciCohort.HUNGARIAN, UciCohort.SWITZERLAND, UciCohort.VA);
        assertThat(external.get(UciCohort.HUNGARIAN).rocAuc()).isGreaterThanOrEqualTo(0.90)
                .isCloseTo(0.900, within(0.002));
        assertThat(external.get(UciCohort.SWITZERLAND).rocAuc()).isGreaterThanOrEqualTo(0.78)
                .isCloseTo(0.782, within(0.002));
        assertThat(external.get(UciCohort.VA).rocAuc()).isCloseTo(0.732, within(0.002));
        assertCalibration(external.get(UciCohort.HUNGARIAN), -0.43, 1.00);
        assertCalibration(external.get(UciCohort.SWITZERLAND), 2.52, 0.75);
        assertCalibration(external.get(UciCohort.VA), 0.07, 0.58);
        for (Performance p : external.values()) {
            assertThat(p.brierScore()).isBetween(0.0, 1.0);
            assertThat(p.reliability().stream().mapToInt(ReliabilityBin::cases).sum()).isEqualTo(p.cases());
        }
    }

    @Test
    void shouldKeepTheModelBeforeIssue25BesideItWithTheFiguresItHad() {
        ModelResults before = comparison(ModelEvaluation.BEFORE);

        assertThat(before.crossValidated().rocAuc()).isCloseTo(0.900, within(0.002));
        assertThat(before.in(UciCohort.HUNGARIAN).rocAuc()).isCloseTo(0.876, within(0.002));
        assertThat(before.in(UciCohort.SWITZERLAND).rocAuc()).isCloseTo(0.740, within(0.002));
        assertThat(before.in(UciCohort.VA).rocAuc()).isCloseTo(0.692, within(0.002));
        assertCalibration(before.in(UciCohort.HUNGARIAN), 0.48, 0.86);
        assertCalibration(before.in(UciCohort.VA), 1.88, 0.40);
    }

    @Test
    void shouldNoLongerUnderPredictTheVaCohortWhereTheImputingModelsDo() {
        double served = REPORT.served().in(UciCohort.VA).calibration().inTheLarge();

        assertThat(Math.abs(served)).isLessThan(0.2);
        assertThat(comparison(ModelEvaluation.BEFORE).in(UciCohort.VA).calibration().inTheLarge()).isGreaterThan(1.5);
        assertThat(comparison(ModelEvaluation.IMPUTING_SAME_RIDGE).in(UciCohort.VA).calibration().inTheLarge())
                .isGreaterThan(1.5);
        for (UciCohort cohort : List.of(UciCohort.HUNGARIAN, UciCohort.SWITZERLAND, UciCohort.VA)) {
            assertThat(REPORT.served().in(cohort).brierScore())
                    .isLessThan(comparison(ModelEvaluation.BEFORE).in(cohort).brierScore());
        }
    }

    @Test
    void shouldServeTheRidgeOfLowestCrossValidatedLogLoss() {
        assertThat(REPORT.ridges()).extracting(RidgeScore::ridge).containsExactlyElementsOf(HeartRiskModels.RIDGES);
        assertThat(REPORT.selectedRidge()).as("HeartRiskModels.RIDGE must be the ridge the evaluation selects")
                .isEqualTo(HeartRiskModels.RIDGE);
        assertThat(REPORT.ridges()).filteredOn(r -> r.ridge() == HeartRiskModels.RIDGE).singleElement()
                .satisfies(r -> assertThat(r.crossValidated()).isEqualTo(REPORT.served().crossValidated()));
    }

    @Test
    void shouldPutTheThreeInputBaselineBesideIt() {
        ModelResults baseline = REPORT.comparisons().get(2);

        assertThat(baseline.features()).containsExactly(Feature.CHEST_PAIN_TYPE, Feature.MAJOR_VESSELS,
                Feature.THALLIUM_SCAN);
        assertThat(baseline.crossValidated().rocAuc()).isCloseTo(0.879, within(0.002));
    }

    @Test
    void shouldCountWhichSubmodelScoresThePatientsOfEachCohort() {
        SubmodelCensus census = REPORT.submodels();

        for (CohortSummary cohort : REPORT.cohorts()) {
            int listed = census.listed().stream().mapToInt(u -> u.patients().get(cohort.cohort())).sum();
            assertThat(listed + census.unlistedPatients().get(cohort.cohort())).isEqualTo(cohort.cases());
        }
        assertThat(census.listed()).filteredOn(u -> u.name().equals("without slope, ca, thal")).singleElement()
                .satisfies(u -> {
                    assertThat(u.patients()).containsEntry(UciCohort.HUNGARIAN, 150).containsEntry(UciCohort.VA, 23);
                    assertThat(u.trainedOn()).isEqualTo(303);
                    assertThat(u.clevelandAuc()).isCloseTo(0.876, within(0.002));
                });
        assertThat(census.listed().get(0).name()).isEqualTo("all inputs");
        assertThat(census.listed().get(0).trainedOn()).isEqualTo(297);
    }

    @Test
    void shouldShowTheNamedSubmodelsWithTheirRecalibration() {
        assertThat(REPORT.named()).extracting(NamedSubmodel::name).containsExactly("all inputs", "without ca",
                "without thal", "without ca, thal");
        assertThat(REPORT.named()).extracting(NamedSubmodel::trainedOn).containsExactly(297, 301, 299, 303);
        assertThat(REPORT.named().get(3).parameters().terms()).noneMatch(t -> t.name().equals("ca")
                || t.name().startsWith("thal="));
        assertThat(REPORT.named()).allSatisfy(n -> assertThat(n.recalibration().slope()).isGreaterThan(1));
    }

    @Test
    void shouldSummariseEachCohortsMissingInputsAndBands() {
        assertThat(REPORT.cohorts()).extracting(CohortSummary::cohort).containsExactly(UciCohort.values());
        CohortSummary swiss = REPORT.cohorts().get(2);
        assertThat(swiss.missing().get(Feature.CHOLESTEROL)).isEqualTo(123);
        assertThat(swiss.implausibleValuesReadAsMissing()).isEqualTo(123);
        for (CohortSummary cohort : REPORT.cohorts()) {
            assertThat(REPORT.served().bands().get(cohort.cohort()).stream().mapToInt(BandOutcome::cases).sum())
                    .isEqualTo(cohort.cases());
        }
    }

    private static ModelResults comparison(String name) {
        return REPORT.comparisons().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertCalibration(Performance p, double inTheLarge, double slope) {
        assertThat(p.calibration().inTheLarge()).isCloseTo(inTheLarge, within(0.01));
        assertThat(p.calibration().slope()).isCloseTo(slope, within(0.01));
    }
}
