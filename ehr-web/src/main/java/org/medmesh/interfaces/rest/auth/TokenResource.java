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

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.application.BearerTokenService;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.web.security.StaffAuthenticationMechanism;
import org.medmesh.interfaces.rest.security.OpenToAnyone;
import org.medmesh.interfaces.rest.support.Requests;

@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
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
    public TokenResponse issue(TokenRequest request) {
        requests.valid(request, "Send a JSON body with username and password.");
        return TokenResponse.of(authentication.issueToken(request.username, request.password.toCharArray()),
                Instant.now());
    }

    /** Tells the bearer of a valid token who they are. */
    @GET
    @Path("me")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    public CallerResponse me() {
        return new CallerResponse(security.getUserPrincipal().getName(),
                Roles.STAFF.stream().filter(security::isUserInRole).toList(), hospital.profile().id().value());
    }

    /** Signs out: the presented token is refused from now on, until it would have expired anyway. */
    @POST
    @Path("logout")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    public Response logout() {
        tokens.revoke((String) http.getAttribute(StaffAuthenticationMechanism.TOKEN));
        return Response.noContent().build();
    }

    /** Changes the signed-in user's own password; every token issued before, this one included, is refused after. */
    @POST
    @Path("password")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChangeRequest request) {
        requests.valid(request, "Send a JSON body with currentPassword and newPassword.");
        authentication.changeOwnPassword(request.currentPassword.toCharArray(), request.newPassword.toCharArray());
        return Response.noContent().build();
    }
}
