package org.medmesh.events.application;

import java.util.Objects;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;

/**
 * Fired (CDI, synchronously, in the transaction that makes the change) when a record changed here: written by this
 * hospital's staff ({@link RecordEvents#recorded}) or received from a peer and applied by replication. Observers that
 * act in the same transaction (the notification rules) see every change exactly when it commits, and nothing of a
 * change that rolls back.
 *
 * @param eventId the change's network-wide event id
 * @param patientId the patient the record belongs to (null for records of no patient)
 * @param origin the hospital where the change was made
 * @param state the record's replicated state after the change, as JSON (the owning context's {@code ReplicaState})
 * @param replicated whether the change came from a peer
 */
public record RecordChanged(ChangeType type, UUID eventId, UUID patientId, String origin, String state,
        boolean replicated) {

    public RecordChanged {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
    }
}
