package org.medmesh.analytics.domain.model;

import java.util.List;

/**
 * A trained heart-disease risk model. Implementations are immutable once trained and safe to call from several threads.
 * <ul>
 * <li>Should score a vector with missing inputs without hiding it: list every missing input, and each one it imputed.
 * <li>Should return contributions that add up, with the reference log-odds, to the log-odds of the probability.
 * <li>Should report the same version for the same training data, inputs, parameters and library.
 * <li>Should ignore inputs it was not trained on, neither using nor imputing them.
 * </ul>
 */
public interface RiskModel {

    ModelVersion version();

    /** The inputs the model uses, in feature order. */
    List<Feature> features();

    RiskAssessment score(FeatureVector inputs);

    ModelParameters parameters();
}
