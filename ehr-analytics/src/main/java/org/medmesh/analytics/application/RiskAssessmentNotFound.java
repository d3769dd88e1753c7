package org.medmesh.analytics.application;

/** No assessment of the patient has been stored yet (nothing scored, or the first scoring is on its way). */
public class RiskAssessmentNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RiskAssessmentNotFound() {
        super("No risk assessment has been made for this patient yet; one is made when a model input is recorded.");
    }
}
