package org.medmesh.analytics.application;

import org.medmesh.analytics.domain.model.RiskBand;

/** How many out-of-fold predictions fell in a risk band, and the rate of disease observed among them. */
public record BandOutcome(RiskBand band, int cases, double observedRate) {
}
