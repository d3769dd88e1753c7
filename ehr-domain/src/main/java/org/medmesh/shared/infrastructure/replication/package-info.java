/**
 * The port through which replication reads and writes the records of the contexts: each context declares how its
 * replicated record types are kept ({@link org.medmesh.shared.infrastructure.replication.ReplicaTable}, usually a
 * {@link org.medmesh.shared.infrastructure.replication.ColumnTable}) in its own infrastructure, and the replication
 * module finds them through {@link org.medmesh.shared.infrastructure.replication.ReplicaTables} without naming a table.
 * Everything runs on the connection of the replication's transaction.
 */
package org.medmesh.shared.infrastructure.replication;
