/**
 * In-container tests of the heart-disease risk scoring: from an observation recorded over REST to a stored, explained
 * assessment served to clinicians, consent filtering and erasure, and what the analytics tables hold.
 */
package org.medmesh.analytics;
