package org.medmesh.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.medmesh.sync.application.PeerReachability;
import org.medmesh.sync.application.PeerReachability.Reach;

/**
 * The bridges to the peer hospitals. Never makes the node unready: without its peers a hospital keeps working and its
 * changes wait in the outbox. Its {@code state} says {@code up} (every peer reached), {@code degraded} (some or all out
 * of reach), {@code unknown} (an external broker's bridges, watched with its own tools) or {@code no-peers}.
 */
@Readiness
@ApplicationScoped
public class BridgesReadiness implements HealthCheck {

    @Inject
    PeerReachability peers;

    @Override
    public HealthCheckResponse call() {
        Reach reach = SafeProbe.probe(peers::reach, (up, detail) -> new Reach(0, 0, 0));
        return HealthCheckResponse.named("bridges").up().withData("state", state(reach))
                .withData("peers", reach.peers()).withData("connected", reach.connected()).build();
    }

    static String state(Reach reach) {
        if (reach.peers() == 0) {
            return "no-peers";
        }
        if (reach.unknown() > 0 && reach.connected() + reach.unknown() == reach.peers()) {
            return "unknown";
        }
        return reach.someUnreached() ? "degraded" : "up";
    }
}
