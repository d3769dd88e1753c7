/**
 * Assembles the chart from the patient, clinical and medication contexts, keeping its records in the hospital's hot
 * reads at the patient's record generation.
 */
package org.medmesh.chart.application.internal;
