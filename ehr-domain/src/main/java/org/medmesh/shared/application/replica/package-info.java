/**
 * The replication contract's building blocks: a replicated record's state as it travels between hospitals
 * ({@link org.medmesh.shared.application.replica.ReplicaState}), versioned and separate from the REST views, each field
 * naming the column it is kept in ({@link org.medmesh.shared.application.replica.StoredIn}). The contexts define one
 * state type per record type they own.
 */
package org.medmesh.shared.application.replica;
