package org.medmesh.client.ward;

/** A patient with an open encounter, where observations are recorded. */
public record Admission(String patientId, String encounterId) {
}
