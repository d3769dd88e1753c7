package org.medmesh.analytics.infrastructure.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureKind;

/**
 * One column of the regression: a measurement, flag or count as it is, or the indicator of one answer of a coded input
 * (every answer but the first, which is the reference answer).
 */
record ModelTerm(Feature feature, Double answer) {

    /** The terms of the features, in feature order. */
    static List<ModelTerm> of(List<Feature> features) {
        List<ModelTerm> terms = new ArrayList<>();
        for (Feature feature : features) {
            if (feature.kind() == FeatureKind.CATEGORICAL) {
                feature.codes().stream().skip(1).forEach(code -> terms.add(new ModelTerm(feature, code)));
            } else {
                terms.add(new ModelTerm(feature, null));
            }
        }
        return terms;
    }

    double valueIn(Map<Feature, Double> values) {
        double value = values.get(feature);
        return answer == null ? value : value == answer ? 1 : 0;
    }

    /** The UCI name, with the answer for an indicator: {@code cp=4}. */
    String name() {
        return answer == null ? feature.uciName() : feature.uciName() + "=" + answer.intValue();
    }
}
