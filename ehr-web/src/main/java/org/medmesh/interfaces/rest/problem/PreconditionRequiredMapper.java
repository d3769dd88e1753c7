package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.interfaces.rest.support.Versions;

/** A change without If-Match: 428, because it could overwrite a change the client has not seen. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<Versions.PreconditionRequired> {

    @Override
    public Response toResponse(Versions.PreconditionRequired exception) {
        return Problem.response(Problem.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                exception.getMessage(), Map.of());
    }
}
