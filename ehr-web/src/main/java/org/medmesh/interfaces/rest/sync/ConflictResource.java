package org.medmesh.interfaces.rest.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.shared.application.Page;
import org.medmesh.sync.application.ConflictResolution;
import org.medmesh.sync.application.ConflictService;
import org.medmesh.sync.application.ConflictView;

/** The review queue of concurrent edits: both versions whole; a doctor keeps the winner or re-applies the loser. */
@Path("sync/conflicts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "replication")
public class ConflictResource {

    @Inject
    Requests requests;

    @Inject
    ConflictService conflicts;

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "listConflicts", summary = "List the concurrent edits to review")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of conflicts; those about patients the caller may not see here are restricted.", content = @Content(schema = @Schema(ref = "ConflictViewPage")))
    public Page<ConflictView> list(
            @QueryParam("open") @DefaultValue("true") @Parameter(description = "Only the conflicts not resolved yet.") boolean openOnly,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return conflicts.list(openOnly, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "getConflict", summary = "Read a conflict with both versions of the record")
    @APIResponseSchema(value = ConflictView.class, responseDescription = "The conflict, both versions whole.")
    public ConflictView get(@PathParam("id") @Parameter(ref = "id") UUID id) {
        return conflicts.get(id);
    }

    @POST
    @Path("{id}/resolve")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "resolveConflict", summary = "Resolve a conflict: keep the winner or re-apply the loser")
    @APIResponseSchema(value = ConflictView.class, responseDescription = "The conflict, resolved.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public ConflictView resolve(@PathParam("id") @Parameter(ref = "id") UUID id,
            @RequestBody(required = true) ResolveRequest request) {
        requests.valid(request, "Send a JSON body with the resolution.");
        return conflicts.resolve(id, ConflictResolution.valueOf(request.resolution), request.note);
    }
}
