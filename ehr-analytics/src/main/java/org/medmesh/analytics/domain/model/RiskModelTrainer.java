package org.medmesh.analytics.domain.model;

import java.util.List;

/**
 * Trains a risk model.
 * <ul>
 * <li>Should train deterministically: the same cases and features give the same model and version.
 * <li>Should refuse training cases of a single outcome.
 * <li>Should train the intercept-only model (the training prevalence) on an empty feature list.
 * </ul>
 */
public interface RiskModelTrainer {

    RiskModel train(List<LabelledCase> training, List<Feature> features);
}
