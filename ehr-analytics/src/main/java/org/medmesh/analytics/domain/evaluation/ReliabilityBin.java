package org.medmesh.analytics.domain.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a reliability table: the predictions in {@code [from, to)} (the last bin includes 1), how many, their mean
 * and the observed rate of disease among them (NaN when the bin is empty).
 */
public record ReliabilityBin(double from, double to, int cases, double meanPredicted, double observedRate) {

    /** Ten bins of width 0.1. */
    public static final int BINS = 10;

    public static List<ReliabilityBin> table(List<Prediction> predictions) {
        List<ReliabilityBin> table = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            int index = bin;
            List<Prediction> inside = predictions.stream().filter(p -> binOf(p.probability()) == index).toList();
            table.add(new ReliabilityBin(bin / (double) BINS, (bin + 1) / (double) BINS, inside.size(),
                    inside.stream().mapToDouble(Prediction::probability).average().orElse(Double.NaN),
                    inside.stream().mapToDouble(Prediction::outcome).average().orElse(Double.NaN)));
        }
        return table;
    }

    private static int binOf(double probability) {
        return Math.min(BINS - 1, (int) Math.floor(probability * BINS));
    }
}
