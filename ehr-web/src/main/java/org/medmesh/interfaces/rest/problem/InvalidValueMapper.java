package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A value the domain refused as malformed (for example a code system without a code): 400 with the reason. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<IllegalArgumentException> {

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-value", "Invalid value",
                capitalized(exception.getMessage()));
    }

    private static String capitalized(String message) {
        if (message == null || message.isEmpty()) {
            return "A value in the request is invalid.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }
}
