package org.medmesh.analytics.domain.evaluation;

import java.util.List;

import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskModel;

/** A predicted probability of disease beside the outcome observed. */
public record Prediction(double probability, boolean disease) {

    public Prediction {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("not a probability: " + probability);
        }
    }

    /** The model's predictions for the cases, in their order. */
    public static List<Prediction> of(RiskModel model, List<LabelledCase> cases) {
        return cases.stream().map(c -> new Prediction(model.score(c.inputs()).probability(), c.disease())).toList();
    }

    double outcome() {
        return disease ? 1 : 0;
    }
}
