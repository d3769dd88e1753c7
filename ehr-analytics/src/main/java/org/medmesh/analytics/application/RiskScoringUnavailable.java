package org.medmesh.analytics.application;

/** Risk scoring is not running on this node (no pseudonym key configured, or the model is not trained yet). */
public class RiskScoringUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RiskScoringUnavailable(String why) {
        super(why);
    }
}
