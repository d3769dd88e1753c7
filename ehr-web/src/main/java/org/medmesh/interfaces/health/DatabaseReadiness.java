package org.medmesh.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.medmesh.platform.application.DatabaseHealth;

/** Ready only while the hospital database answers; what it answered is for administrators (admin/health). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        DatabaseHealth.Status status = SafeProbe.probe(database::check, DatabaseHealth.Status::new);
        return HealthCheckResponse.named("database").status(status.up()).withData("state", status.up() ? "up" : "down")
                .build();
    }
}
