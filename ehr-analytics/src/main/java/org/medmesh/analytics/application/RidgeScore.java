package org.medmesh.analytics.application;

import org.medmesh.analytics.domain.evaluation.Performance;

/** How the served method does on Cleveland, cross-validated, with one ridge. */
public record RidgeScore(double ridge, Performance crossValidated) {
}
