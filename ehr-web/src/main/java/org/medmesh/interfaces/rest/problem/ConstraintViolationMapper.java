package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;

/** Bean Validation failures on request input: 400 listing each invalid field and what to do about it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
                .forEach(violation -> errors.add(Json.createObjectBuilder()
                        .add("field", field(violation.getPropertyPath()))
                        .add("message", violation.getMessage())));
        return Problem.invalidRequest(errors.build());
    }

    /** The last named node of a path such as {@code issue.arg0.username}: the field the user typed. */
    static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                name = node.getName();
            }
        }
        return name.isEmpty() ? "body" : name;
    }
}
