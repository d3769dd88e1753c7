package org.medmesh.analytics.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.medmesh.analytics.infrastructure.weka.WekaLogisticTrainer;

/**
 * A logistic regression is calibrated on its own training data (its likelihood equations say so): intercept 0 and slope
 * 1. Shifting or stretching its log-odds must show up as exactly that shift or the inverse stretch.
 */
class CalibrationTest {

    private static List<Prediction> onTrainingData;

    @BeforeAll
    static void train() {
        List<LabelledCase> cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        RiskModel model = new WekaLogisticTrainer().train(cleveland, List.of(Feature.values()));
        onTrainingData = Prediction.of(model, cleveland);
    }

    @Test
    void shouldFindALogisticRegressionCalibratedOnItsTrainingData() {
        Calibration calibration = Calibration.of(onTrainingData);

        assertThat(calibration.inTheLarge()).isCloseTo(0, within(1e-4));
        assertThat(calibration.slope()).isCloseTo(1, within(1e-4));
        assertThat(calibration.meanPredicted()).isCloseTo(calibration.observedRate(), within(1e-4));
    }

    @Test
    void shouldMeasureAShiftOfTheLogOddsAsCalibrationInTheLarge() {
        Calibration shifted = Calibration.of(transformed(logOdds -> logOdds + 0.7));

        assertThat(shifted.inTheLarge()).isCloseTo(-0.7, within(1e-4));
        assertThat(shifted.slope()).isCloseTo(1, within(1e-4));
    }

    @Test
    void shouldMeasureStretchedLogOddsAsASlopeBelowOne() {
        Calibration stretched = Calibration.of(transformed(logOdds -> 2 * logOdds));

        assertThat(stretched.slope()).isCloseTo(0.5, within(1e-4));
    }

    private static List<Prediction> transformed(DoubleUnaryOperator logOdds) {
        return onTrainingData.stream().map(p -> new Prediction(
                Calibration.sigmoid(logOdds.applyAsDouble(Calibration.logit(p.probability()))), p.disease())).toList();
    }
}
