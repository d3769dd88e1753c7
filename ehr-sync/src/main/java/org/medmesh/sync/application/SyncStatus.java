package org.medmesh.sync.application;

import java.time.Instant;
import java.util.List;

/**
 * Replication at this hospital, as an operator watches it. Holds no patient data.
 *
 * @param relayBacklog local changes committed but not yet handed to the broker
 * @param relayOldest when the oldest of them was committed, null when there is none
 * @param pending received changes waiting for their patient's registration
 * @param openConflicts concurrent edits parked for review
 * @param quarantined received messages that could not be applied and wait for an operator
 * @param forged of those, the ones whose origin's signature does not hold (forged or unverifiable changes)
 * @param channel how the peers' brokers reach this one: {@code mutual-tls}, or plain TCP on a lab network
 */
public record SyncStatus(String hospital, Instant at, long relayBacklog, Instant relayOldest, long pending,
        long openConflicts, long quarantined, long forged, String channel, List<PeerStatus> peers) {

    /**
     * One peer: what it has not yet confirmed receiving from us, and what we last applied from it.
     *
     * @param queueDepth our changes not yet confirmed by the peer (null with an external broker)
     * @param oldestUnacknowledgedMillis age of the oldest of them (0 when none, null with an external broker)
     * @param lastAppliedHlc timestamp of the latest change from this peer applied here
     * @param lagMillis for that change, the time from its commit at the peer to its apply here
     * @param appliedLast5Minutes changes from this peer applied here in the last five minutes
     * @param lagP50Millis median lag of those changes (null when there were none)
     * @param lagP99Millis 99th-percentile lag of those changes
     */
    public record PeerStatus(String peer, Long queueDepth, Long oldestUnacknowledgedMillis, Boolean bridgeConnected,
            boolean paused, String lastAppliedHlc, Instant lastAppliedAt, Long lagMillis, long appliedLast5Minutes,
            Long lagP50Millis, Long lagP99Millis) {
    }
}
