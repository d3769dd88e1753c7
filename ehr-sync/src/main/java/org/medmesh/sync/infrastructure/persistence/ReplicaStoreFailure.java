package org.medmesh.sync.infrastructure.persistence;

/** The hospital database refused or failed a replication read or write; the received change is retried. */
public class ReplicaStoreFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplicaStoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
