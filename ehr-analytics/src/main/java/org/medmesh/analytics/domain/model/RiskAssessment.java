package org.medmesh.analytics.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One scored feature vector, explained: the model version, the probability of heart disease and its band, every input
 * as the model used it (in feature order), the inputs that were missing and what was imputed for them, and each input's
 * contribution to the log-odds (largest first). {@code referenceLogOdds} (the reference patient's) plus the
 * contributions equals {@code logOdds}.
 */
public record RiskAssessment(ModelVersion modelVersion, double probability, RiskBand band, double logOdds,
        double referenceLogOdds, Map<Feature, Double> inputsUsed, List<ImputedInput> imputed,
        List<FeatureContribution> contributions) {

    public RiskAssessment {
        inputsUsed = Collections.unmodifiableMap(inFeatureOrder(inputsUsed));
        imputed = List.copyOf(imputed);
        contributions = List.copyOf(contributions);
    }

    private static EnumMap<Feature, Double> inFeatureOrder(Map<Feature, Double> values) {
        EnumMap<Feature, Double> ordered = new EnumMap<>(Feature.class);
        ordered.putAll(values);
        return ordered;
    }

    /** The inputs that were missing from the vector scored. */
    public List<Feature> missing() {
        return imputed.stream().map(ImputedInput::feature).toList();
    }
}
