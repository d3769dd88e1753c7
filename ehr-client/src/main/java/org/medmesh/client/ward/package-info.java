/**
 * A ward's calls of the API ({@link org.medmesh.client.ward.WardCalls}) and the request bodies it sends
 * ({@link org.medmesh.client.ward.ClinicalBodies}): registration, encounters, observations, allergies, conditions, and
 * the reads of a patient, a chart and a search. Used by the benchmark and the seed command.
 */
package org.medmesh.client.ward;
