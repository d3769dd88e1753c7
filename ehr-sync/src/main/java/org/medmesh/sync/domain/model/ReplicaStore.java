package org.medmesh.sync.domain.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable state the replication rules read and write at one hospital, in one transaction per received change: the
 * records, the inbox of received event ids, the changes waiting for their patient, and the parked conflicts.
 * Implemented over the hospital database in production and in memory in the simulation.
 */
public interface ReplicaStore {

    boolean received(UUID eventId);

    void markReceived(Change change, Outcome outcome);

    Optional<RecordState> find(String aggregateType, UUID aggregateId);

    void put(RecordState state);

    boolean patientKnown(UUID patientId);

    boolean pending(UUID eventId);

    void holdPending(Change change);

    /** Removes and returns the changes that waited for this patient, oldest first. */
    List<Change> releasePending(UUID patientId);

    void park(Conflict conflict);
}
