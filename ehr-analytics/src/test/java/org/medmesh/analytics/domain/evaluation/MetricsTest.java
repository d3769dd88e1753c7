package org.medmesh.analytics.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final List<Prediction> SMALL = List.of(new Prediction(0.1, false), new Prediction(0.4, true),
            new Prediction(0.35, false), new Prediction(0.8, true), new Prediction(0.6, false),
            new Prediction(0.6, true));

    @Test
    void shouldCountTheShareOfDiseasedHealthyPairsOrderedRightTiesHalf() {
        // 9 pairs: 0.4 beats 0.1 and 0.35, loses to 0.6; 0.8 beats all three; 0.6 beats two and ties one.
        assertThat(Discrimination.rocAuc(SMALL)).isCloseTo((2 + 3 + 2.5) / 9, within(1e-12));
    }

    @Test
    void shouldComputeAccuracyFromHalfTheBrierScoreAsMeanSquaredErrorAndTheLogLoss() {
        Performance performance = Performance.of(SMALL);

        assertThat(performance.accuracy()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(performance.brierScore()).isCloseTo(
                (0.01 + 0.36 + 0.1225 + 0.04 + 0.36 + 0.16) / 6, within(1e-12));
        assertThat(performance.logLoss()).isCloseTo(-(Math.log(0.9) + Math.log(0.4) + Math.log(0.65) + Math.log(0.8)
                + Math.log(0.4) + Math.log(0.6)) / 6, within(1e-12));
        assertThat(performance.calibration().observedRate()).isCloseTo(0.5, within(1e-12));
        assertThat(performance.calibration().meanPredicted()).isCloseTo(2.85 / 6, within(1e-12));
    }

    @Test
    void shouldBinPredictionsByTenthsWithTheLastBinHoldingOne() {
        List<ReliabilityBin> table = ReliabilityBin.table(List.of(new Prediction(0.1, true), new Prediction(1.0, true),
                new Prediction(0.95, false), new Prediction(0.0, false)));

        assertThat(table).hasSize(10);
        assertThat(table.get(0).cases()).isEqualTo(1);
        assertThat(table.get(1).cases()).isEqualTo(1);
        assertThat(table.get(9).cases()).isEqualTo(2);
        assertThat(table.get(9).observedRate()).isEqualTo(0.5);
        assertThat(table.get(9).meanPredicted()).isCloseTo(0.975, within(1e-12));
        assertThat(table.get(5).observedRate()).isNaN();
    }
}
