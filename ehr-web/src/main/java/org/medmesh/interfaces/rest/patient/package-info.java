/**
 * Patients and their charts over REST: registration, search, demographics, voiding.
 */
package org.medmesh.interfaces.rest.patient;
