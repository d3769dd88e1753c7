/**
 * Assembles the chart from the patient, clinical and medication contexts.
 */
package org.medmesh.chart.application.internal;
