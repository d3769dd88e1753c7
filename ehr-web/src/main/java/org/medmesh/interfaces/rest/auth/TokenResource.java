package org.medmesh.interfaces.rest.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.web.security.StaffAuthenticationMechanism;
import org.medmesh.interfaces.rest.security.OpenToAnyone;
import org.medmesh.interfaces.rest.support.Requests;

@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "sign-in")
public class TokenResource {

    @Inject
    Requests requests;

    @Inject
    AuthenticationService authentication;

    @Inject
    BearerTokenService tokens;

    @Inject
    ThisHospital hospital;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest http;

    /** Exchanges a username and password for a signed bearer token (locked after repeated failures: 429). */
    @POST
    @Path("token")
    @OpenToAnyone
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in: exchange a username and password for a bearer token")
    @SecurityRequirementsSet
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "The bearer token and until when it is valid.")
    @APIResponse(responseCode = "401", description = "Wrong username or password.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", ref = "signInLocked")
    public TokenResponse issue(@RequestBody(required = true) TokenRequest request) {
        requests.valid(request, "Send a JSON body with username and password.");
        return TokenResponse.of(authentication.issueToken(request.username, request.password.toCharArray()),
                Instant.now());
    }

    /** Tells the bearer of a valid token who they are. */
    @GET
    @Path("me")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    @Operation(operationId = "getCaller", summary = "Tell the bearer of the token who they are")
    @APIResponseSchema(value = CallerResponse.class, responseDescription = "The caller's username, roles and hospital.")
    public CallerResponse me() {
        return new CallerResponse(security.getUserPrincipal().getName(),
                Roles.STAFF.stream().filter(security::isUserInRole).toList(), hospital.profile().id().value());
    }

    /** Signs out: the presented token is refused from now on, until it would have expired anyway. */
    @POST
    @Path("logout")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    @Operation(operationId = "signOut", summary = "Sign out: the token is refused from now on")
    @APIResponse(responseCode = "204", description = "Signed out.")
    public Response logout() {
        tokens.revoke((String) http.getAttribute(StaffAuthenticationMechanism.TOKEN));
        return Response.noContent().build();
    }

    /** Changes the signed-in user's own password; every token issued before, this one included, is refused after. */
    @POST
    @Path("password")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password; every earlier token is refused after")
    @APIResponse(responseCode = "204", description = "Changed; sign in again with the new password.")
    @APIResponse(responseCode = "400", description = "The current password is wrong, or the new one breaks the password rules: the problem's "
            + "errors say which.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", ref = "signInLocked")
    public Response changePassword(@RequestBody(required = true) PasswordChangeRequest request) {
        requests.valid(request, "Send a JSON body with currentPassword and newPassword.");
        authentication.changeOwnPassword(request.currentPassword.toCharArray(), request.newPassword.toCharArray());
        return Response.noContent().build();
    }
}
