package org.medmesh.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The maximum-likelihood recalibration is equivariant: shifting the log-odds shifts the intercept, stretching them
 * shrinks the slope, exactly; and at the optimum the predicted and observed numbers of cases agree.
 */
class RecalibrationTest {

    private static final double[] LOG_ODDS = {-2.5, -1.7, -1.1, -0.6, -0.2, 0.1, 0.4, 0.9, 1.3, 1.8, 2.2, 3.0};
    private static final boolean[] DISEASE = {false, false, true, false, false, true, false, true, true, false, true,
            true};

    @Test
    void shouldMatchTheObservedCasesAtItsOptimum() {
        Recalibration fitted = Recalibration.fit(LOG_ODDS, DISEASE);

        double predicted = Arrays.stream(LOG_ODDS).map(x -> Recalibration.sigmoid(fitted.apply(x))).sum();
        assertThat(predicted).isCloseTo(6, within(1e-9));
        assertThat(fitted.slope()).isPositive();
    }

    @Test
    void shouldShiftTheInterceptWhenTheLogOddsAreShiftedAndShrinkTheSlopeWhenTheyAreStretched() {
        Recalibration fitted = Recalibration.fit(LOG_ODDS, DISEASE);

        Recalibration shifted = Recalibration.fit(Arrays.stream(LOG_ODDS).map(x -> x + 0.7).toArray(), DISEASE);
        Recalibration stretched = Recalibration.fit(Arrays.stream(LOG_ODDS).map(x -> 2 * x).toArray(), DISEASE);

        assertThat(shifted.slope()).isCloseTo(fitted.slope(), within(1e-9));
        assertThat(shifted.intercept()).isCloseTo(fitted.intercept() - 0.7 * fitted.slope(), within(1e-9));
        assertThat(stretched.slope()).isCloseTo(fitted.slope() / 2, within(1e-9));
        assertThat(stretched.intercept()).isCloseTo(fitted.intercept(), within(1e-9));
    }

    @Test
    void shouldFitTheInterceptAloneWithTheSlopeHeldAtOne() {
        Recalibration offset = Recalibration.fitIntercept(LOG_ODDS, DISEASE);

        assertThat(offset.slope()).isEqualTo(1);
        double predicted = Arrays.stream(LOG_ODDS).map(x -> Recalibration.sigmoid(offset.apply(x))).sum();
        assertThat(predicted).isCloseTo(6, within(1e-9));
    }

    @Test
    void shouldStayFiniteWhenTheOutcomesAreSeparated() {
        boolean[] separated = new boolean[LOG_ODDS.length];
        for (int i = 0; i < separated.length; i++) {
            separated[i] = LOG_ODDS[i] > 0;
        }

        Recalibration fitted = Recalibration.fit(LOG_ODDS, separated);

        assertThat(fitted.slope()).isFinite().isGreaterThan(1);
        assertThat(Recalibration.IDENTITY.apply(1.23)).isEqualTo(1.23);
        assertThatThrownBy(() -> Recalibration.fit(new double[0], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
