/**
 * The patient chart: everything a clinician needs at a glance, assembled in one read.
 */
package org.medmesh.chart.application;
