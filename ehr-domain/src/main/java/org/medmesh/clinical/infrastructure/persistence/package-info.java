/**
 * JPA access to the clinical records of a patient.
 */
package org.medmesh.clinical.infrastructure.persistence;
