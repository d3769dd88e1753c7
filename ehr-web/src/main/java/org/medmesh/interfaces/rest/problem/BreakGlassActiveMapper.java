package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.patient.domain.model.BreakGlassActive;

/** Breaking the glass again while one's own grant runs: 409 saying until when ({@code activeUntil}). */
@Provider
public class BreakGlassActiveMapper implements ExceptionMapper<BreakGlassActive> {

    @Override
    public Response toResponse(BreakGlassActive exception) {
        return Problem.response(Response.Status.CONFLICT.getStatusCode(), exception.code(),
                "Emergency access already granted", exception.getMessage(),
                Map.of("activeUntil", exception.activeUntil().toString()));
    }
}
