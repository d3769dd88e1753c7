package org.medmesh.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.medmesh.sync.application.BrokerHealth;

/**
 * Ready only while this hospital's message broker accepts connections; the broker's address and channel are for
 * administrators (admin/health).
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    BrokerHealth broker;

    @Override
    public HealthCheckResponse call() {
        BrokerHealth.Status status = SafeProbe.probe(broker::check, BrokerHealth.Status::new);
        return HealthCheckResponse.named("broker").status(status.up()).withData("state", status.up() ? "up" : "down")
                .build();
    }
}
