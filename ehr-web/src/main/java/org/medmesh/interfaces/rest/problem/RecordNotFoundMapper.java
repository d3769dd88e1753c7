package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.shared.domain.model.RecordNotFound;

/** No such record here: 404. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFound> {

    @Override
    public Response toResponse(RecordNotFound exception) {
        return Problem.response(Response.Status.NOT_FOUND, "record-not-found", "Not found", exception.getMessage());
    }
}
