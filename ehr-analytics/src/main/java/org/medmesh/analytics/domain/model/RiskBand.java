package org.medmesh.analytics.domain.model;

/**
 * Bands of the estimated probability of coronary artery disease, after the pre-test probability bands of the ESC
 * guidelines on stable coronary artery disease: low below 15 %, high from 85 %, intermediate between.
 */
public enum RiskBand {

    LOW, INTERMEDIATE, HIGH;

    /** Probabilities from here up are {@link #INTERMEDIATE}. */
    public static final double INTERMEDIATE_FROM = 0.15;
    /** Probabilities from here up are {@link #HIGH}. */
    public static final double HIGH_FROM = 0.85;

    public static RiskBand of(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("not a probability: " + probability);
        }
        return probability >= HIGH_FROM ? HIGH : probability >= INTERMEDIATE_FROM ? INTERMEDIATE : LOW;
    }
}
