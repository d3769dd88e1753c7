package org.medmesh.analytics.domain.model;

/** How an input enters the model and how a missing value of it is imputed. */
public enum FeatureKind {
    /** A measurement: one model term, a missing value imputed with the training mean. */
    CONTINUOUS,
    /** A flag or a small count: one model term, a missing value imputed with the training mode. */
    DISCRETE,
    /** A coded answer: one indicator term per answer but the first, a missing value imputed with the training mode. */
    CATEGORICAL
}
