package org.medmesh.analytics.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The model inputs known for one patient at one time. An input is either present, with a value the feature accepts, or
 * missing; missing is a state of its own (never a sentinel number), and {@link #missing()} names every missing input.
 * Immutable: {@link #with} and {@link #withMissing} return a new vector.
 */
public final class FeatureVector {

    private static final FeatureVector EMPTY = new FeatureVector(new EnumMap<>(Feature.class));

    private final Map<Feature, Double> values;

    private FeatureVector(EnumMap<Feature, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A vector with every input missing. */
    public static FeatureVector empty() {
        return EMPTY;
    }

    /** A vector from the values given; every input not given is missing. */
    public static FeatureVector of(Map<Feature, Double> present) {
        FeatureVector vector = EMPTY;
        for (Map.Entry<Feature, Double> entry : present.entrySet()) {
            vector = vector.with(entry.getKey(), entry.getValue());
        }
        return vector;
    }

    /**
     * This vector with the input set.
     *
     * @throws IllegalArgumentException if the feature cannot take the value (not finite, not an allowed code, or
     *             outside the plausible range)
     */
    public FeatureVector with(Feature feature, double value) {
        double normalized = value == 0 ? 0.0 : value; // -0.0 is 0.0, so it matches the code 0
        if (!Double.isFinite(normalized) || !feature.accepts(normalized)) {
            throw new IllegalArgumentException(feature.uciName() + " cannot be " + value);
        }
        EnumMap<Feature, Double> copy = copy();
        copy.put(feature, normalized);
        return new FeatureVector(copy);
    }

    /** This vector with the input missing. */
    public FeatureVector withMissing(Feature feature) {
        EnumMap<Feature, Double> copy = copy();
        copy.remove(feature);
        return new FeatureVector(copy);
    }

    public OptionalDouble value(Feature feature) {
        Double value = values.get(feature);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean isMissing(Feature feature) {
        return !values.containsKey(feature);
    }

    /** The inputs present, in feature order. */
    public Map<Feature, Double> present() {
        return values;
    }

    /** The inputs missing, in feature order. */
    public Set<Feature> missing() {
        EnumSet<Feature> missing = EnumSet.allOf(Feature.class);
        missing.removeAll(values.keySet());
        return Collections.unmodifiableSet(missing);
    }

    private EnumMap<Feature, Double> copy() {
        return values.isEmpty() ? new EnumMap<>(Feature.class) : new EnumMap<>(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureVector vector && values.equals(vector.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureVector" + values;
    }
}
