package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.analytics.application.RiskScoringUnavailable;

/** Risk scoring is not running on this node: 503. */
@Provider
public class RiskScoringUnavailableMapper implements ExceptionMapper<RiskScoringUnavailable> {

    @Override
    public Response toResponse(RiskScoringUnavailable exception) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "risk-scoring-unavailable",
                "Risk scoring is unavailable", exception.getMessage());
    }
}
