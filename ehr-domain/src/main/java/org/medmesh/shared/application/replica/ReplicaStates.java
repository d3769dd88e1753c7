package org.medmesh.shared.application.replica;

import java.util.Optional;

import org.medmesh.shared.domain.model.ReplicatedRecord;

/**
 * Implemented by each context that owns replicated record types (a CDI bean in its application layer): the state of one
 * of its records as hospitals exchange it. The outbox asks them for the state of every record it announces.
 */
public interface ReplicaStates {

    /** The record's state if the record is of this context's types, else empty. */
    Optional<ReplicaState> of(ReplicatedRecord record);
}
