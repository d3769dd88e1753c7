package org.medmesh.interfaces.rest.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.sync.application.QuarantineService;
import org.medmesh.sync.application.QuarantinedMessage;

/**
 * Messages from peers that were not applied (forged or unverifiable changes, malformed messages, changes the database
 * refused), without their content, and retrying one once its cause is fixed.
 */
@Path("sync/quarantine")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "replication")
public class QuarantineResource {

    @Inject
    Requests requests;

    @Inject
    QuarantineService quarantine;

    /** Newest first; {@code waiting=false} also lists those a retry applied; {@code limit} 1–500, default 100. */
    @GET
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "listQuarantinedMessages", summary = "List the peers' messages that were not applied")
    @APIResponseSchema(value = QuarantinedMessage[].class, responseDescription = "The messages, newest first, without their content.")
    @APIResponse(responseCode = "400", ref = "invalidRequest")
    public List<QuarantinedMessage> list(
            @QueryParam("waiting") @DefaultValue("true") @Parameter(description = "Only the messages still waiting; false also lists those a retry applied.") boolean waitingOnly,
            @QueryParam("limit") @Parameter(description = "How many messages.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) Integer limit) {
        return quarantine.list(waitingOnly, requests.limit(limit, "limit", 500, 100));
    }

    /** Verifies the message again and applies it when its origin's signature now holds; 409 with the reason if not. */
    @POST
    @Path("{id}/retry")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "retryQuarantinedMessage", summary = "Verify a quarantined message again and apply it if it now holds")
    @APIResponseSchema(value = QuarantinedMessage.class, responseDescription = "The message, applied.")
    @APIResponse(responseCode = "409", description = "Not applied: already applied, not a single change, or still refused; the problem says why.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public QuarantinedMessage retry(@PathParam("id") @Parameter(description = "The message's id.") String id) {
        return quarantine.retry(id);
    }
}
