package org.medmesh.analytics.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One scored feature vector, explained: the model version and the submodel of it that scored the vector
 * ({@code scoredBy}: "all inputs", "without ca, thal"), the probability of heart disease and its band, every input as
 * the model used it (in feature order), the inputs that were missing, those of them a value was imputed for (none when
 * a submodel without them scored), and each used input's contribution to the log-odds (largest first).
 * {@code referenceLogOdds} (the reference patient's) plus the contributions equals {@code logOdds}.
 */
public record RiskAssessment(ModelVersion modelVersion, String scoredBy, double probability, RiskBand band,
        double logOdds, double referenceLogOdds, Map<Feature, Double> inputsUsed, List<Feature> missing,
        List<ImputedInput> imputed, List<FeatureContribution> contributions) {

    public RiskAssessment {
        inputsUsed = Collections.unmodifiableMap(inFeatureOrder(inputsUsed));
        missing = missing.stream().sorted().distinct().toList();
        imputed = List.copyOf(imputed);
        contributions = List.copyOf(contributions);
    }

    private static EnumMap<Feature, Double> inFeatureOrder(Map<Feature, Double> values) {
        EnumMap<Feature, Double> ordered = new EnumMap<>(Feature.class);
        ordered.putAll(values);
        return ordered;
    }

    /** This assessment as made by another model: the same figures under that model's version and submodel name. */
    public RiskAssessment madeBy(ModelVersion version, String submodel, List<Feature> missingInputs) {
        return new RiskAssessment(version, submodel, probability, band, logOdds, referenceLogOdds, inputsUsed,
                missingInputs, imputed, contributions);
    }
}
