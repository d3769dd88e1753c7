package org.medmesh.analytics.application;

/** The patient opted out of analytics: nothing is scored or kept for them. */
public class AnalyticsOptedOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnalyticsOptedOut() {
        super("The patient opted out of analytics: no risk assessment is made or kept.");
    }
}
