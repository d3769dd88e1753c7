package org.medmesh.analytics.application;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.analytics.domain.model.Pseudonym;

/**
 * Fired (CDI) once per new assessment in the high band, after the care team's notification is recorded in the same
 * transaction. Carries the pseudonym only.
 */
public record HighRiskAssessed(UUID assessmentId, Pseudonym pseudonym, double probability, String modelVersion,
        Instant assessedAt) {
}
