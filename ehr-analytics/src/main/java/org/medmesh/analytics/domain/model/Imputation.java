package org.medmesh.analytics.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Values for missing inputs, from training statistics: the mean of a measurement, the most frequent code of a flag,
 * count or coded answer (the smallest code on a tie). Fitted once on the training cases for the model's inputs; applied
 * to each vector scored, saying which inputs it filled and with what. Inputs the model does not use are left out.
 */
public final class Imputation {

    private final Map<Feature, ImputedInput> replacements;

    private Imputation(Map<Feature, ImputedInput> replacements) {
        this.replacements = Collections.unmodifiableMap(replacements);
    }

    /**
     * Fits the replacements on the training cases.
     *
     * @throws IllegalArgumentException if an input is missing in every case
     */
    public static Imputation fit(List<LabelledCase> training, List<Feature> features) {
        EnumMap<Feature, ImputedInput> replacements = new EnumMap<>(Feature.class);
        for (Feature feature : features) {
            List<Double> observed = training.stream().map(c -> c.inputs().value(feature))
                    .filter(v -> v.isPresent()).map(v -> v.getAsDouble()).toList();
            if (observed.isEmpty()) {
                throw new IllegalArgumentException(feature.uciName() + " is missing in every training case");
            }
            replacements.put(feature, feature.kind() == FeatureKind.CONTINUOUS
                    ? new ImputedInput(feature, mean(observed), "training mean")
                    : new ImputedInput(feature, mode(observed), "training mode"));
        }
        return new Imputation(replacements);
    }

    /** The replacement for each input, in feature order. */
    public Map<Feature, ImputedInput> replacements() {
        return replacements;
    }

    /** The vector's values of the model's inputs with every missing one filled, and the list of what was filled. */
    public Completed complete(FeatureVector vector) {
        EnumMap<Feature, Double> values = new EnumMap<>(Feature.class);
        List<ImputedInput> imputed = new ArrayList<>();
        for (ImputedInput replacement : replacements.values()) {
            OptionalDouble value = vector.value(replacement.feature());
            values.put(replacement.feature(), value.orElse(replacement.value()));
            if (value.isEmpty()) {
                imputed.add(replacement);
            }
        }
        return new Completed(Collections.unmodifiableMap(values), List.copyOf(imputed));
    }

    /** Every input's value as the model uses it, and the inputs among them that were imputed. */
    public record Completed(Map<Feature, Double> values, List<ImputedInput> imputed) {
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    private static double mode(List<Double> values) {
        TreeMap<Double, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow()
                .getKey();
    }
}
