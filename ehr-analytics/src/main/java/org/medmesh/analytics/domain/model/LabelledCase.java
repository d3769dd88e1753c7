package org.medmesh.analytics.domain.model;

import java.util.Objects;

/**
 * One patient of a training or validation set: the inputs and whether heart disease was found (UCI {@code num > 0}).
 */
public record LabelledCase(FeatureVector inputs, boolean disease) {

    public LabelledCase {
        Objects.requireNonNull(inputs, "inputs");
    }
}
