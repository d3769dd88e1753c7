package org.medmesh.sync.application;

import jakarta.annotation.security.PermitAll;

/**
 * Which peers this hospital's broker reaches at this moment, read from its bridges without touching the database (so it
 * answers while the database is down). Reveals no data; callable by anyone.
 */
public interface PeerReachability {

    /** Should report the bridges' state now, without throwing. */
    @PermitAll
    Reach reach();

    /**
     * The bridges to the peers at one moment.
     *
     * @param peers the peers this hospital replicates with
     * @param connected those whose broker this hospital's bridge is connected to
     * @param unknown those whose bridge this node cannot see (an external broker, watched with its own tools)
     */
    record Reach(int peers, int connected, int unknown) {

        /** Every peer is known to be out of reach (never true without peers, or when a bridge cannot be seen). */
        public boolean nonReached() {
            return peers > 0 && unknown == 0 && connected == 0;
        }

        /** Some peer is known to be out of reach. */
        public boolean someUnreached() {
            return connected + unknown < peers;
        }
    }
}
