package org.medmesh.interfaces.rest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.platform.application.BackupRun;
import org.medmesh.platform.application.BackupStatus;
import org.medmesh.platform.application.Backups;

/**
 * The hospital's backups: their state at a glance (the newest, its age, the schedule, recent runs) and a backup made
 * now. A backup runs in the background: {@code POST} answers 202 with the run, whose {@code Location} tells when it has
 * {@code succeeded} (its file named) or {@code failed}.
 */
@Path("admin/backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.ADMIN)
@Tag(ref = "administration")
public class BackupResource {

    @Inject
    Backups backups;

    @Context
    UriInfo uri;

    /** The backups at a glance with the {@code limit} newest runs (at most 100). */
    @GET
    @Operation(operationId = "getBackupStatus", summary = "Read the state of the backups and the newest runs")
    @APIResponseSchema(value = BackupStatus.class, responseDescription = "The newest backup and its age, the schedule, and the newest runs.")
    public BackupStatus status(
            @QueryParam("limit") @DefaultValue("20") @Parameter(description = "How many of the newest runs (more than 100 count as 100).", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0")) int limit) {
        return backups.status(limit);
    }

    /** Starts a backup on this instance (or answers with the one already running here). */
    @POST
    @Operation(operationId = "startBackup", summary = "Back up the hospital's data now, in the background")
    @APIResponseSchema(value = BackupRun.class, responseCode = "202", responseDescription = "The run, started (or the one already running here); its Location tells when it has "
            + "succeeded or failed.")
    @APIResponse(responseCode = "409", ref = "conflict")
    public Response backUpNow() {
        BackupRun run = backups.backUpNow();
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("admin/backups/{id}").build(run.id()))
                .build();
    }

    /** One run. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getBackupRun", summary = "Read one backup run")
    @APIResponseSchema(value = BackupRun.class, responseDescription = "The run: running, succeeded (its file named) or failed.")
    public Response run(
            @PathParam("id") @Parameter(description = "The run's number.", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id) {
        return backups.run(id).map(run -> Response.ok(run).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "record-not-found", "Not found",
                        "There is no backup run " + id + "."));
    }
}
