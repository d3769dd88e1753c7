package org.medmesh.analytics.domain.evaluation;

import java.util.List;

import org.medmesh.analytics.domain.model.Recalibration;

/**
 * How far predicted probabilities match observed rates: the observed and mean predicted rates, the
 * calibration-in-the-large (intercept {@code a} of {@code logit P(disease) = a + logit p}; 0 when calibrated, above 0
 * when the model under-predicts) and the calibration slope ({@code b} of {@code logit P(disease) = a' + b·logit p}; 1
 * when calibrated, below 1 when predictions are too extreme). Both are maximum-likelihood fits ({@link Recalibration}).
 */
public record Calibration(double observedRate, double meanPredicted, double inTheLarge, double slope) {

    private static final double EDGE = 1e-12;

    public static Calibration of(List<Prediction> predictions) {
        double[] logits = predictions.stream().mapToDouble(p -> logit(p.probability())).toArray();
        boolean[] disease = new boolean[predictions.size()];
        for (int i = 0; i < disease.length; i++) {
            disease[i] = predictions.get(i).disease();
        }
        double observed = predictions.stream().mapToDouble(Prediction::outcome).average().orElse(Double.NaN);
        double predicted = predictions.stream().mapToDouble(Prediction::probability).average().orElse(Double.NaN);
        return new Calibration(observed, predicted, Recalibration.fitIntercept(logits, disease).intercept(),
                Recalibration.fit(logits, disease).slope());
    }

    static double logit(double probability) {
        double p = Math.min(1 - EDGE, Math.max(EDGE, probability));
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double logOdds) {
        return Recalibration.sigmoid(logOdds);
    }
}
