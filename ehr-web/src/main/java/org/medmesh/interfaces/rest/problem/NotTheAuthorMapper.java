package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.clinical.domain.model.NotTheAuthor;

/** Amending or voiding someone else's note: 403, the caller's role may do it, but only to their own notes. */
@Provider
public class NotTheAuthorMapper implements ExceptionMapper<NotTheAuthor> {

    @Override
    public Response toResponse(NotTheAuthor exception) {
        return Problem.response(Response.Status.FORBIDDEN, exception.code(), "Only the author may do this",
                exception.getMessage());
    }
}
