package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.medmesh.analytics.infrastructure.weka.WekaLogisticTrainer;

class RecalibratedModelTest {

    private static final Recalibration RECALIBRATION = new Recalibration(0.3, 1.5);

    private static List<LabelledCase> cleveland;
    private static RiskModel raw;
    private static RecalibratedModel recalibrated;

    @BeforeAll
    static void train() {
        cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        raw = new WekaLogisticTrainer(30).train(cleveland, List.of(Feature.values()));
        recalibrated = new RecalibratedModel(raw, RECALIBRATION, "by hand");
    }

    @Test
    void shouldRecalibrateTheLogOddsAndKeepTheExplanationExact() {
        for (LabelledCase patient : cleveland) {
            RiskAssessment before = raw.score(patient.inputs());
            RiskAssessment after = recalibrated.score(patient.inputs());

            assertThat(after.logOdds()).isCloseTo(0.3 + 1.5 * before.logOdds(), within(1e-12));
            assertThat(after.probability()).isCloseTo(1 / (1 + Math.exp(-after.logOdds())), within(1e-12));
            double sum = after.contributions().stream().mapToDouble(FeatureContribution::logOdds).sum();
            assertThat(after.referenceLogOdds() + sum).isCloseTo(after.logOdds(), within(1e-9));
            assertThat(after.band()).isEqualTo(RiskBand.of(after.probability()));
            assertThat(after.inputsUsed()).isEqualTo(before.inputsUsed());
        }
    }

    @Test
    void shouldScaleEveryContributionAndCoefficientByTheSlope() {
        RiskAssessment before = raw.score(cleveland.get(0).inputs());
        RiskAssessment after = recalibrated.score(cleveland.get(0).inputs());
        ModelParameters rawParameters = raw.parameters();
        ModelParameters parameters = recalibrated.parameters();

        for (int i = 0; i < before.contributions().size(); i++) {
            assertThat(after.contributions().get(i).feature()).isEqualTo(before.contributions().get(i).feature());
            assertThat(after.contributions().get(i).logOdds())
                    .isCloseTo(1.5 * before.contributions().get(i).logOdds(), within(1e-12));
        }
        assertThat(parameters.intercept()).isCloseTo(0.3 + 1.5 * rawParameters.intercept(), within(1e-12));
        assertThat(parameters.terms().get(0).coefficient())
                .isCloseTo(1.5 * rawParameters.terms().get(0).coefficient(), within(1e-12));
        assertThat(parameters.terms().get(0).reference()).isEqualTo(rawParameters.terms().get(0).reference());
    }

    @Test
    void shouldHaveAVersionOfItsOwnThatNamesTheRecalibrationMethod() {
        assertThat(recalibrated.version()).isNotEqualTo(raw.version())
                .isEqualTo(new RecalibratedModel(raw, RECALIBRATION, "by hand").version())
                .isNotEqualTo(new RecalibratedModel(raw, RECALIBRATION, "otherwise").version());
        assertThat(recalibrated.version().value()).startsWith("heart-lr-").hasSize(raw.version().value().length());
    }
}
