package org.medmesh.analytics.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What reaches the risk bean when a model input of a patient changed: the update's id (the idempotency key), the
 * patient's pseudonym, when the inputs were read, and the inputs — present or explicitly missing. Never a name, MRN or
 * patient id.
 */
public record PatientUpdate(UUID updateId, Pseudonym pseudonym, Instant asOf, FeatureVector inputs) {

    public PatientUpdate {
        Objects.requireNonNull(updateId, "update id");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(inputs, "inputs");
    }
}
