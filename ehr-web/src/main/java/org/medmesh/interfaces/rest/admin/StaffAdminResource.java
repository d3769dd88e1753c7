package org.medmesh.interfaces.rest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.application.StaffAccountService;
import org.medmesh.identity.application.StaffAccountSummary;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Locations;
import org.medmesh.interfaces.rest.support.Requests;

@Path("admin/staff")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Roles.ADMIN)
@Tag(ref = "administration")
public class StaffAdminResource {

    @Inject
    StaffAccountService staff;

    @Inject
    Requests requests;

    @Context
    UriInfo uri;

    /** All staff accounts of this hospital, with any sign-in lock. */
    @GET
    @Operation(operationId = "listStaffAccounts", summary = "List the staff accounts of this hospital")
    @APIResponseSchema(value = StaffAccountSummary[].class, responseDescription = "Every account, with any sign-in lock.")
    public List<StaffAccountSummary> list() {
        return staff.listAccounts();
    }

    /** Creates an account; the initial password must meet the password rules. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaffAccount", summary = "Create a staff account")
    @APIResponseSchema(value = StaffAccountSummary.class, responseCode = "201", responseDescription = "The account as created, at its Location.")
    @APIResponse(responseCode = "409", ref = "conflict")
    public Response create(@RequestBody(required = true) NewStaffRequest request) {
        requests.valid(request, "Send a JSON body with username, displayName, role and password.");
        StaffAccountSummary created = staff.createAccount(request.username, request.displayName,
                StaffRole.fromRoleName(request.role), request.password.toCharArray());
        return Response.created(Locations.of(uri, "admin/staff", UUID.fromString(created.id()))).entity(created)
                .build();
    }

    /** Gives the account another role; its existing tokens are refused. */
    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffRole", summary = "Give a staff account another role")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account with its new role; its existing tokens are refused.")
    public StaffAccountSummary changeRole(@PathParam("id") @Parameter(ref = "id") UUID id,
            @RequestBody(required = true) RoleRequest request) {
        requests.valid(request, "Send a JSON body with the role.");
        return staff.changeRole(new StaffId(id), StaffRole.fromRoleName(request.role));
    }

    /** Stops the account signing in; its existing tokens are refused. Never one's own account (400). */
    @POST
    @Path("{id}/disable")
    @Operation(operationId = "disableStaffAccount", summary = "Stop a staff account signing in")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account, disabled; its existing tokens are refused.")
    @APIResponse(responseCode = "400", ref = "invalidRequest")
    public StaffAccountSummary disable(@PathParam("id") @Parameter(ref = "id") UUID id) {
        return staff.disable(new StaffId(id));
    }

    /** Lets a disabled account sign in again. */
    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableStaffAccount", summary = "Let a disabled staff account sign in again")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account, enabled.")
    public StaffAccountSummary enable(@PathParam("id") @Parameter(ref = "id") UUID id) {
        return staff.enable(new StaffId(id));
    }

    /** Sets a new password (password rules apply) and clears any sign-in lock; existing tokens are refused. */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetStaffPassword", summary = "Set a new password for a staff account and clear its sign-in lock")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account; its existing tokens are refused.")
    public StaffAccountSummary resetPassword(@PathParam("id") @Parameter(ref = "id") UUID id,
            @RequestBody(required = true) PasswordResetRequest request) {
        requests.valid(request, "Send a JSON body with the new password.");
        return staff.resetPassword(new StaffId(id), request.password.toCharArray());
    }

    /** Assigns the account to a ward (its nurses are told of treatments ordered there); null or blank for none. */
    @PUT
    @Path("{id}/ward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignStaffWard", summary = "Assign a staff account to a ward, or to none")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account with its ward.")
    public StaffAccountSummary assignWard(@PathParam("id") @Parameter(ref = "id") UUID id,
            @RequestBody(required = true) WardRequest request) {
        requests.valid(request, "Send a JSON body with the ward (null for none).");
        return staff.assignWard(new StaffId(id), request.ward);
    }

    /** Clears the failed sign-ins and any lock of the account's username. */
    @POST
    @Path("{id}/unlock")
    @Operation(operationId = "unlockStaffAccount", summary = "Clear the failed sign-ins and any lock of a staff account")
    @APIResponseSchema(value = StaffAccountSummary.class, responseDescription = "The account, unlocked.")
    public StaffAccountSummary unlock(@PathParam("id") @Parameter(ref = "id") UUID id) {
        return staff.unlock(new StaffId(id));
    }
}
