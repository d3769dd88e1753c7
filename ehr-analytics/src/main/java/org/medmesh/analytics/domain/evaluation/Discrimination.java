package org.medmesh.analytics.domain.evaluation;

import java.util.Comparator;
import java.util.List;

/** The area under the ROC curve: the chance a diseased case scores above a healthy one (ties count half). */
final class Discrimination {

    private Discrimination() {
    }

    /** By the Mann–Whitney rank sum, tied probabilities sharing their mean rank. */
    static double rocAuc(List<Prediction> predictions) {
        List<Prediction> sorted = predictions.stream().sorted(Comparator.comparingDouble(Prediction::probability))
                .toList();
        double diseasedRankSum = 0;
        long diseased = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).probability() == sorted.get(i).probability()) {
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k).disease()) {
                    diseasedRankSum += meanRank;
                    diseased++;
                }
            }
            i = j;
        }
        long healthy = sorted.size() - diseased;
        if (diseased == 0 || healthy == 0) {
            return Double.NaN;
        }
        return (diseasedRankSum - diseased * (diseased + 1) / 2.0) / (diseased * (double) healthy);
    }
}
