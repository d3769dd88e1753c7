package org.medmesh.interfaces.rest.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.domain.model.Roles;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    Requests requests;

    @Inject
    AuthenticationService authentication;

    @Inject
    JsonWebToken caller;

    /** Exchanges a username and password for a signed bearer token. */
    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse issue(TokenRequest request) {
        requests.valid(request, "Send a JSON body with username and password.");
        return TokenResponse.of(authentication.issueToken(request.username, request.password.toCharArray()),
                Instant.now());
    }

    /** Tells the bearer of a valid token who they are. */
    @GET
    @Path("me")
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    public CallerResponse me() {
        return new CallerResponse(caller.getName(), List.copyOf(caller.getGroups()),
                caller.<String>getClaim("hospital"));
    }
}
