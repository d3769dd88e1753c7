package org.medmesh.analytics.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What reaches the risk bean when a model input of a patient changed, or when the model did: the update's id (the
 * idempotency key), the outbox event it follows ({@code causedBy}: the change itself, or for a re-scoring the patient's
 * latest change), the patient's pseudonym, when the inputs were read, and the inputs — present or explicitly missing.
 * Never a name, MRN or patient id.
 */
public record PatientUpdate(UUID updateId, UUID causedBy, Pseudonym pseudonym, Instant asOf, FeatureVector inputs) {

    public PatientUpdate {
        Objects.requireNonNull(updateId, "update id");
        Objects.requireNonNull(causedBy, "caused by");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(inputs, "inputs");
    }

    /** The update of a change: its id is the change's outbox event. */
    public static PatientUpdate ofChange(UUID eventId, Pseudonym pseudonym, Instant asOf, FeatureVector inputs) {
        return new PatientUpdate(eventId, eventId, pseudonym, asOf, inputs);
    }

    /** Whether this is a re-scoring with a new model rather than the update of a change (its id is not its cause's). */
    public boolean rescoring() {
        return !updateId.equals(causedBy);
    }
}
