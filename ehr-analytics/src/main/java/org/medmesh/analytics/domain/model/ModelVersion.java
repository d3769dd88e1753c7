package org.medmesh.analytics.domain.model;

import java.util.Objects;

/**
 * Names one trained model exactly: a digest of its training data, inputs, parameters and library version, so two nodes
 * that trained the same model report the same version and any change yields another.
 */
public record ModelVersion(String value) {

    public ModelVersion {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a model version cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
