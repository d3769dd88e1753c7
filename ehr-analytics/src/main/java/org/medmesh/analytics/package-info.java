/**
 * Heart-disease risk analytics: consumes de-identified patient-update events and stores predictions apart from clinical
 * records.
 */
package org.medmesh.analytics;
