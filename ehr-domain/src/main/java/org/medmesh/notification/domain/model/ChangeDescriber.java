package org.medmesh.notification.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;

/**
 * Implemented by each context that owns records the notification rules look at (a CDI bean): says what a change of one
 * of its records means ({@link ClinicalChange}), or nothing when it means nothing a rule knows (a normal result, a
 * record type of another context). Reads only the change; must be cheap, as it runs in every write's transaction.
 */
public interface ChangeDescriber {

    /**
     * A change of a record, as the rules receive it.
     *
     * @param eventId the change's event id
     * @param patientId the patient of the record
     * @param origin the hospital where the change was made
     * @param state the record's replicated state after the change, as JSON (the owning context's {@code ReplicaState})
     */
    record RecordChange(ChangeType type, UUID eventId, UUID patientId, String origin, String state) {

        public RecordChange {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(state, "state");
        }
    }

    Optional<ClinicalChange> describe(RecordChange change);
}
