package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.shared.domain.model.TextRejected;

/** Text a domain text rule refused (a hidden character, nothing visible): 400 naming the field, as for validation. */
@Provider
public class TextRejectedMapper implements ExceptionMapper<TextRejected> {

    @Override
    public Response toResponse(TextRejected exception) {
        return Problem.invalidField(exception.field(), exception.getMessage());
    }
}
