/**
 * A patient's clinical record: encounters, observations, conditions, allergies, notes and treatments.
 */
package org.medmesh.clinical.domain.model;
