package org.medmesh.analytics.domain.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * How far predicted probabilities match observed rates: the observed and mean predicted rates, the
 * calibration-in-the-large (intercept {@code a} of {@code logit P(disease) = a + logit p}; 0 when calibrated, above 0
 * when the model under-predicts) and the calibration slope ({@code b} of {@code logit P(disease) = a' + b·logit p}; 1
 * when calibrated, below 1 when predictions are too extreme). Both are maximum-likelihood fits by Newton's method.
 */
public record Calibration(double observedRate, double meanPredicted, double inTheLarge, double slope) {

    private static final double EDGE = 1e-12;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    public static Calibration of(List<Prediction> predictions) {
        double[] logits = predictions.stream().mapToDouble(p -> logit(p.probability())).toArray();
        double[] outcomes = predictions.stream().mapToDouble(Prediction::outcome).toArray();
        double observed = Arrays.stream(outcomes).average().orElse(Double.NaN);
        double predicted = predictions.stream().mapToDouble(Prediction::probability).average().orElse(Double.NaN);
        return new Calibration(observed, predicted, inTheLarge(logits, outcomes), slope(logits, outcomes));
    }

    private static double inTheLarge(double[] logits, double[] outcomes) {
        return fit(logits, outcomes, false)[0];
    }

    private static double slope(double[] logits, double[] outcomes) {
        return fit(logits, outcomes, true)[1];
    }

    /**
     * Maximum likelihood of {@code logit P(disease) = a + b·logit p} (with {@code b} fixed at 1 unless
     * {@code slopeFree}) by Newton's method, halving a step that would lower the likelihood.
     */
    private static double[] fit(double[] logits, double[] outcomes, boolean slopeFree) {
        double[] ab = {0, 1};
        double likelihood = logLikelihood(logits, outcomes, ab);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < logits.length; i++) {
                double p = sigmoid(ab[0] + ab[1] * logits[i]);
                double w = p * (1 - p);
                g0 += outcomes[i] - p;
                g1 += (outcomes[i] - p) * logits[i];
                h00 += w;
                h01 += w * logits[i];
                h11 += w * logits[i] * logits[i];
            }
            double determinant = h00 * h11 - h01 * h01;
            double stepA = slopeFree ? (h11 * g0 - h01 * g1) / determinant : g0 / h00;
            double stepB = slopeFree ? (h00 * g1 - h01 * g0) / determinant : 0;
            double[] next = {ab[0] + stepA, ab[1] + stepB};
            double nextLikelihood = logLikelihood(logits, outcomes, next);
            for (int halving = 0; halving < MAX_ITERATIONS && !(nextLikelihood >= likelihood); halving++) {
                stepA /= 2;
                stepB /= 2;
                next = new double[]{ab[0] + stepA, ab[1] + stepB};
                nextLikelihood = logLikelihood(logits, outcomes, next);
            }
            ab = next;
            likelihood = nextLikelihood;
            if (Math.abs(stepA) < TOLERANCE && Math.abs(stepB) < TOLERANCE) {
                break;
            }
        }
        return ab;
    }

    private static double logLikelihood(double[] logits, double[] outcomes, double[] ab) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double eta = ab[0] + ab[1] * logits[i];
            sum += outcomes[i] * eta - Math.max(eta, 0) - Math.log1p(Math.exp(-Math.abs(eta)));
        }
        return sum;
    }

    static double logit(double probability) {
        double p = Math.min(1 - EDGE, Math.max(EDGE, probability));
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
