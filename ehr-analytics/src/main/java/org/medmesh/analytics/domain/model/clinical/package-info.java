/**
 * How a patient's recorded observations and demographics become the model's inputs, by the published observation codes
 * (LOINC and MedMesh's heart-risk code system) only.
 */
package org.medmesh.analytics.domain.model.clinical;
