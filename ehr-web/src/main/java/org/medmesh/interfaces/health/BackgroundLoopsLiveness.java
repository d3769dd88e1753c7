package org.medmesh.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.medmesh.platform.application.WokenLoop;

/**
 * Alive while no background loop (outbox relay, audit writer, notification fan-out, leader election, backups, …) is
 * wedged: its thread ended, or a round stuck longer than it may run ({@link WokenLoop}). A wedged node answers requests
 * but stops replicating, auditing or notifying; failing liveness lets the orchestrator restart it. The reasons name the
 * loops, never data.
 */
@Liveness
@ApplicationScoped
public class BackgroundLoopsLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<String> wedged = WokenLoop.wedgedLoops();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("background-loops").status(wedged.isEmpty());
        for (int i = 0; i < wedged.size(); i++) {
            response.withData("wedged-" + (i + 1), wedged.get(i));
        }
        return response.build();
    }
}
