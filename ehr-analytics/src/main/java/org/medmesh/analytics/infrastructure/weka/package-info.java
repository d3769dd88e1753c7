/**
 * The risk model on Weka: logistic regression ({@code weka.classifiers.functions.Logistic}) over imputed,
 * indicator-coded inputs, with the coefficients read back for the per-feature explanation.
 */
package org.medmesh.analytics.infrastructure.weka;
