package org.medmesh.analytics.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A risk assessment as analytics keeps it, apart from the clinical records: keyed by pseudonym, with the time its
 * inputs were read ({@code asOf}) and the time it was scored.
 *
 * @param id derived from the update with the pseudonym key, so the same update always gives the same id
 */
public record StoredAssessment(UUID id, Pseudonym pseudonym, Instant asOf, Instant assessedAt,
        RiskAssessment assessment) {

    public StoredAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(assessedAt, "assessed at");
        Objects.requireNonNull(assessment, "assessment");
    }
}
