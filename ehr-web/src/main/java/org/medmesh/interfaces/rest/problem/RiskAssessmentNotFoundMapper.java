package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.analytics.application.RiskAssessmentNotFound;

/** No risk assessment of the patient yet: 404. */
@Provider
public class RiskAssessmentNotFoundMapper implements ExceptionMapper<RiskAssessmentNotFound> {

    @Override
    public Response toResponse(RiskAssessmentNotFound exception) {
        return Problem.response(Response.Status.NOT_FOUND, "risk-assessment-not-found", "No risk assessment yet",
                exception.getMessage());
    }
}
