/**
 * Default implementations of the patient services.
 */
package org.medmesh.patient.application.internal;
