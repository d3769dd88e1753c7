package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.identity.domain.model.PasswordRejected;

/** A password that breaks the rules: 400 listing each broken rule under the field that held it. */
@Provider
public class PasswordRejectedMapper implements ExceptionMapper<PasswordRejected> {

    @Override
    public Response toResponse(PasswordRejected exception) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        exception.rules().forEach(rule -> errors.add(Json.createObjectBuilder().add("field", exception.field())
                .add("message", rule)));
        return Problem.invalidRequest(errors.build());
    }
}
