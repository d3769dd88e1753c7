package org.medmesh.analytics.domain.model;

import java.util.List;

/**
 * Trains a risk model.
 * <ul>
 * <li>Should train deterministically: the same cases and features give the same model and version.
 * <li>Should refuse an empty feature list or training cases of a single outcome.
 * </ul>
 */
public interface RiskModelTrainer {

    RiskModel train(List<LabelledCase> training, List<Feature> features);
}
