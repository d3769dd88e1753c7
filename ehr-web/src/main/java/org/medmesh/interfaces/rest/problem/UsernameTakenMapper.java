package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.identity.application.UsernameTakenException;

/** A new account's username is taken: 409. */
@Provider
public class UsernameTakenMapper implements ExceptionMapper<UsernameTakenException> {

    @Override
    public Response toResponse(UsernameTakenException exception) {
        return Problem.response(Response.Status.CONFLICT, "username-taken", "Username taken", exception.getMessage());
    }
}
