/**
 * Tests of the chart's assembly: what it keeps in the hot reads.
 */
package org.medmesh.chart.application.internal;
