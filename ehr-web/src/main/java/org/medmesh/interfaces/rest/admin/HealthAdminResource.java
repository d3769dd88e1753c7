package org.medmesh.interfaces.rest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.platform.application.DatabaseHealth;
import org.medmesh.sync.application.BrokerHealth;

/**
 * What the readiness checks found, with the details an operator needs (the database's answer, the broker's address and
 * how peers reach it). {@code /health} tells everyone only UP or DOWN.
 */
@Path("admin/health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "administration")
public class HealthAdminResource {

    @Inject
    DatabaseHealth database;

    @Inject
    BrokerHealth broker;

    /** The node's dependencies and their state. */
    public record NodeHealth(DatabaseHealth.Status database, BrokerHealth.Status broker) {
    }

    @GET
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "getDependencyHealth", summary = "Check the node's database and message broker")
    @APIResponseSchema(value = NodeHealth.class, responseDescription = "Each dependency, up or not, with the details an operator needs.")
    public NodeHealth dependencies() {
        return new NodeHealth(database.check(), broker.check());
    }
}
