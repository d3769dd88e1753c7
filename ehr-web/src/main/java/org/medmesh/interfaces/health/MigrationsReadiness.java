package org.medmesh.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.medmesh.platform.application.SchemaHealth;

/**
 * Ready only while the database's schema is this release's (not an older one put back, not a later release's); the
 * versions are in the answer, as they reveal nothing of the hospital's data.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    SchemaHealth schema;

    @Override
    public HealthCheckResponse call() {
        SchemaHealth.Status status = SafeProbe.probe(schema::check, SchemaHealth.Status::new);
        return HealthCheckResponse.named("migrations").status(status.up())
                .withData("state", status.up() ? "up" : "down").withData("schema", status.detail())
                .build();
    }
}
