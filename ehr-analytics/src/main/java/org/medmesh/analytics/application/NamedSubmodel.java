package org.medmesh.analytics.application;

import org.medmesh.analytics.domain.model.ModelParameters;
import org.medmesh.analytics.domain.model.Recalibration;

/**
 * A submodel the card shows in full: its recalibration and its parameters as scoring uses them (intercept and
 * coefficients after recalibration), trained on {@code trainedOn} Cleveland patients.
 */
public record NamedSubmodel(String name, int trainedOn, Recalibration recalibration, ModelParameters parameters) {
}
