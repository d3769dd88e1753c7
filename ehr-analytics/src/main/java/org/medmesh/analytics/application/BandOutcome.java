package org.medmesh.analytics.application;

import java.util.ArrayList;
import java.util.List;

import org.medmesh.analytics.domain.evaluation.Prediction;
import org.medmesh.analytics.domain.model.RiskBand;

/** How many predictions fell in a risk band, and the rate of disease observed among them (NaN when none). */
public record BandOutcome(RiskBand band, int cases, double observedRate) {

    /** One row per band, low to high. */
    public static List<BandOutcome> table(List<Prediction> predictions) {
        List<BandOutcome> bands = new ArrayList<>();
        for (RiskBand band : RiskBand.values()) {
            List<Prediction> inside = predictions.stream().filter(p -> RiskBand.of(p.probability()) == band).toList();
            bands.add(new BandOutcome(band, inside.size(),
                    inside.stream().mapToDouble(p -> p.disease() ? 1 : 0).average().orElse(Double.NaN)));
        }
        return bands;
    }
}
