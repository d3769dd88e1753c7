/**
 * The heart-disease risk model in plain Java: its thirteen inputs, feature vectors with explicit missing values,
 * pattern submodels that score a patient on the inputs present and their recalibration, risk assessments with
 * per-feature contributions, and keyed-hash pseudonyms.
 */
package org.medmesh.analytics.domain.model;
