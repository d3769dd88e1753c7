package org.medmesh.interfaces.condition;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.medmesh.sync.application.PeerReachability.Reach;

/**
 * Turns what the probes find into the node's condition. The database is unreachable as soon as a probe finds it so (a
 * write then would fail anyway); the peers only when no bridge has been connected for {@link #ISOLATION_GRACE}, so a
 * bridge reconnecting after a peer's restart does not flash a banner at every ward.
 */
final class ConditionWatch {

    static final Duration ISOLATION_GRACE = Duration.ofSeconds(30);

    private Instant peersLostSince;

    synchronized Condition observe(boolean databaseUp, Reach peers, Instant now) {
        Set<DegradationCause> causes = EnumSet.noneOf(DegradationCause.class);
        if (!databaseUp) {
            causes.add(DegradationCause.DATABASE_UNREACHABLE);
        }
        if (!peers.nonReached()) {
            peersLostSince = null;
        } else if (peersLostSince == null) {
            peersLostSince = now;
        }
        if (peersLostSince != null && !now.isBefore(peersLostSince.plus(ISOLATION_GRACE))) {
            causes.add(DegradationCause.PEERS_UNREACHABLE);
        }
        return new Condition(causes, now);
    }
}
