package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.interfaces.rest.support.Requests;

/** Missing input: 400 in the same shape as Bean Validation failures. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<Requests.InvalidRequest> {

    @Override
    public Response toResponse(Requests.InvalidRequest exception) {
        return Problem.response(400, "invalid-request", "The request is invalid",
                "Correct the listed fields and send the request again.",
                Map.of("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("field", exception.field()).add("message", exception.getMessage())).build()));
    }
}
