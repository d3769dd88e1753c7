package org.medmesh.shared.infrastructure.replication;

import java.util.List;

/** Implemented by each context that owns replicated record types (a CDI bean in its infrastructure). */
public interface ReplicatedRecordTypes {

    /** How each of the context's replicated record types is kept. */
    List<ReplicaTable> tables();
}
