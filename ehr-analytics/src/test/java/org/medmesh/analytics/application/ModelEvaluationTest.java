package org.medmesh.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.evaluation.Performance;
import org.medmesh.analytics.domain.evaluation.ReliabilityBin;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * The figures of the model card, reproduced. The expected values are the ones this evaluation gives with its fixed
 * folds and seed (docs/model-card.md); the tolerance allows for floating-point differences between platforms only.
 */
class ModelEvaluationTest {

    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() {
        report = ModelEvaluation.run();
    }

    @Test
    void shouldReproduceTheCrossValidatedFiguresOnCleveland() {
        Performance cv = report.full().crossValidated();

        assertThat(cv.cases()).isEqualTo(303);
        assertThat(cv.rocAuc()).isGreaterThanOrEqualTo(0.88).isCloseTo(0.900, within(0.002));
        assertThat(cv.accuracy()).isCloseTo(0.838, within(0.002));
        assertThat(cv.brierScore()).isCloseTo(0.124, within(0.002));
    }

    @Test
    void shouldPutTheThreeInputBaselineBesideIt() {
        Performance baseline = report.baseline().crossValidated();

        assertThat(report.baseline().features()).containsExactly(Feature.CHEST_PAIN_TYPE, Feature.MAJOR_VESSELS,
                Feature.THALLIUM_SCAN);
        assertThat(baseline.rocAuc()).isCloseTo(0.879, within(0.002)).isLessThan(report.full().crossValidated()
                .rocAuc());
    }

    @Test
    void shouldValidateExternallyOnEveryOtherCohort() {
        assertThat(report.full().external()).containsOnlyKeys(UciCohort.HUNGARIAN, UciCohort.SWITZERLAND,
                UciCohort.VA);
        assertThat(report.full().external().get(UciCohort.HUNGARIAN).cases()).isEqualTo(294);
        assertThat(report.full().external().get(UciCohort.SWITZERLAND).cases()).isEqualTo(123);
        assertThat(report.full().external().get(UciCohort.VA).cases()).isEqualTo(200);
        assertThat(report.full().external().get(UciCohort.HUNGARIAN).rocAuc()).isCloseTo(0.876, within(0.002));
        assertThat(report.full().external().get(UciCohort.VA).rocAuc()).isCloseTo(0.692, within(0.002));
        for (Performance external : report.full().external().values()) {
            assertThat(external.brierScore()).isBetween(0.0, 1.0);
            assertThat(external.calibration().slope()).isFinite();
            assertThat(external.calibration().inTheLarge()).isFinite();
            assertThat(external.reliability().stream().mapToInt(ReliabilityBin::cases).sum())
                    .isEqualTo(external.cases());
        }
    }

    @Test
    void shouldFindTheCohortsWithMoreDiseaseUnderPredicted() {
        for (UciCohort cohort : new UciCohort[]{UciCohort.SWITZERLAND, UciCohort.VA}) {
            Performance external = report.full().external().get(cohort);

            assertThat(external.calibration().meanPredicted()).isLessThan(external.calibration().observedRate());
            assertThat(external.calibration().inTheLarge()).isPositive();
        }
    }

    @Test
    void shouldSummariseEachCohortsMissingInputs() {
        assertThat(report.cohorts()).extracting(CohortSummary::cohort).containsExactly(UciCohort.values());
        CohortSummary swiss = report.cohorts().get(2);
        assertThat(swiss.missing().get(Feature.CHOLESTEROL)).isEqualTo(123);
        assertThat(swiss.implausibleValuesReadAsMissing()).isEqualTo(123);
        assertThat(report.full().bands().stream().mapToInt(BandOutcome::cases).sum()).isEqualTo(303);
    }
}
