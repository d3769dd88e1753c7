/**
 * Patients: demographics, identifiers (hospital MRN, national id) and the normalized names that make search fast.
 */
package org.medmesh.patient.domain.model;
