package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not well-formed JSON, or does not fit the expected shape: 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body", "The request body cannot be read",
                "Send well-formed JSON (Content-Type: application/json) matching the documented schema; see /openapi.");
    }
}
