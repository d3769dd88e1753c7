package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.identity.application.AuthenticationFailedException;

/** Wrong credentials: 401, saying no more than that. */
@Provider
public class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailedException> {

    @Override
    public Response toResponse(AuthenticationFailedException exception) {
        return Problem.response(Response.Status.UNAUTHORIZED, "authentication-failed", "Authentication failed",
                exception.getMessage());
    }
}
