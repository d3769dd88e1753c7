package org.medmesh.sync.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

import org.medmesh.identity.domain.model.Roles;

/** What a hospital's IT staff do with replication: watch it, compare digests, pause and resume a peer's link. */
public interface ReplicationOperations {

    @RolesAllowed(Roles.ADMIN)
    SyncStatus status();

    /**
     * Should return, per replicated record type, the row count and a digest of ids and stamps — two hospitals that have
     * converged return equal tables — with the change counts that prove nothing was lost, duplicated or echoed.
     */
    @RolesAllowed(Roles.ADMIN)
    ReplicaDigest digest();

    /** Should stop forwarding changes to the peer; they wait in its queue until resumed. Unknown peer: refused. */
    @RolesAllowed(Roles.ADMIN)
    SyncStatus.PeerStatus pause(String peer);

    @RolesAllowed(Roles.ADMIN)
    SyncStatus.PeerStatus resume(String peer);

    /**
     * Should ask the peer to repair this hospital now (anti-entropy): this hospital's bucket digests go to the peer,
     * which sends back the current states of every bucket that differs; they are merged as they arrive. Returns at once
     * with the number of buckets compared.
     */
    @RolesAllowed(Roles.ADMIN)
    RepairRequest requestRepair(String peer);

    /** A repair asked of a peer. */
    record RepairRequest(String peer, int buckets) {
    }

    /** Rows of one record type and the SHA-256 of their ids and replication stamps in id order. */
    record TableDigest(long rows, String sha256) {
    }

    /**
     * The replicated state of this hospital in figures.
     *
     * @param localChanges changes made here (the outbox); every peer should have received exactly as many from here
     * @param echoedChanges outbox entries that did not originate here: received changes sent on again (always 0)
     * @param receivedByOrigin changes received (each once: the inbox is keyed by event id), by origin hospital
     */
    record ReplicaDigest(String hospital, Map<String, TableDigest> tables, long localChanges, long echoedChanges,
            Map<String, Long> receivedByOrigin) {
    }
}
