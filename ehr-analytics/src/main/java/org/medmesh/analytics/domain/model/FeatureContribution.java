package org.medmesh.analytics.domain.model;

/**
 * What one input added to the log-odds of disease against the reference patient (the training average):
 * {@code Σ coefficient × (term value − reference term value)} over the input's model terms. Positive raises the risk.
 */
public record FeatureContribution(Feature feature, double value, boolean imputed, double logOdds) {
}
