package org.medmesh.analytics.domain.model;

/** A missing input and the value the model used in its place, with the rule that chose it. */
public record ImputedInput(Feature feature, double value, String rule) {
}
