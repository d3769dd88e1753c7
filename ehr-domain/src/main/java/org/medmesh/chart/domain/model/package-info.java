/**
 * What the chart keeps of its own: the record generation its cached copies are tagged with.
 */
package org.medmesh.chart.domain.model;
