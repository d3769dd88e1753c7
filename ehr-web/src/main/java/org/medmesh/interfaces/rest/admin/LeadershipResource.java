package org.medmesh.interfaces.rest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.platform.application.Leadership;

/**
 * Which server instance of this hospital runs each singleton job, with its fence and until when its lease runs (the
 * instance answering says whether it is that one).
 */
@Path("admin/leadership")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "administration")
public class LeadershipResource {

    @Inject
    Leadership leadership;

    /** The instance answering, and each job's lease. */
    public record Leaders(String instance, List<Leadership.Lease> leases) {
    }

    @GET
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "getLeadership", summary = "See which server instance runs each singleton job")
    @APIResponseSchema(value = Leaders.class, responseDescription = "The instance answering, and each job's lease.")
    public Leaders leaders() {
        return new Leaders(leadership.instance(), leadership.leases());
    }
}
