package org.medmesh.analytics.domain.evaluation;

import java.util.List;

/**
 * A model's performance on a set of predictions: cases, accuracy (predicting disease from probability 0.5), ROC AUC,
 * Brier score (mean squared error of the probability), log-loss (mean negative log-likelihood of the outcomes, in nats;
 * a probability is kept within 10⁻¹² of 0 and 1), calibration and the reliability table.
 */
public record Performance(int cases, double accuracy, double rocAuc, double brierScore, double logLoss,
        Calibration calibration, List<ReliabilityBin> reliability) {

    public Performance {
        reliability = List.copyOf(reliability);
    }

    public static Performance of(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            throw new IllegalArgumentException("no predictions to evaluate");
        }
        double correct = predictions.stream().filter(p -> (p.probability() >= 0.5) == p.disease()).count();
        double brier = predictions.stream().mapToDouble(p -> Math.pow(p.probability() - p.outcome(), 2)).average()
                .orElseThrow();
        double logLoss = predictions.stream()
                .mapToDouble(p -> Math.log1p(Math.exp(-(p.disease() ? 1 : -1) * Calibration.logit(p.probability()))))
                .average().orElseThrow();
        return new Performance(predictions.size(), correct / predictions.size(), Discrimination.rocAuc(predictions),
                brier, logLoss, Calibration.of(predictions), ReliabilityBin.table(predictions));
    }
}
