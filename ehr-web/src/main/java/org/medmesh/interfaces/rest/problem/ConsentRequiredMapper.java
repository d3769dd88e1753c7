package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.patient.domain.model.ConsentRequired;

/**
 * The patient does not share the record with this hospital: 403, naming the break-the-glass request that opens it.
 */
@Provider
public class ConsentRequiredMapper implements ExceptionMapper<ConsentRequired> {

    @Override
    public Response toResponse(ConsentRequired refused) {
        return Problem.response(Response.Status.FORBIDDEN.getStatusCode(), "consent-required",
                "The patient does not share this record with this hospital", refused.getMessage(),
                Map.of("patientId", refused.patientId().toString(), "breakGlass",
                        "/api/v1/patients/" + refused.patientId() + "/break-glass"));
    }
}
