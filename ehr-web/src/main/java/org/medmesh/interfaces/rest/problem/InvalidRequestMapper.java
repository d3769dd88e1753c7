package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.interfaces.rest.support.Requests;

/** Missing input: 400 in the same shape as Bean Validation failures. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<Requests.InvalidRequest> {

    @Override
    public Response toResponse(Requests.InvalidRequest exception) {
        return Problem.invalidField(exception.field(), exception.getMessage());
    }
}
