/**
 * How well a risk model does: cross-validation, discrimination (ROC AUC), accuracy, Brier score and calibration, on
 * predictions of any {@code RiskModel}.
 */
package org.medmesh.analytics.domain.evaluation;
