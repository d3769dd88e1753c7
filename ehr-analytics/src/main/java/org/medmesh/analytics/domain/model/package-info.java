/**
 * The heart-disease risk model in plain Java: its thirteen inputs, feature vectors with explicit missing values, risk
 * assessments with per-feature contributions, and keyed-hash pseudonyms.
 */
package org.medmesh.analytics.domain.model;
