package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.analytics.application.AnalyticsOptedOut;

/**
 * The patient opted out of analytics: 404, because no assessment exists or is kept — the caller may see the patient, so
 * it is not a refusal (403).
 */
@Provider
public class AnalyticsOptedOutMapper implements ExceptionMapper<AnalyticsOptedOut> {

    @Override
    public Response toResponse(AnalyticsOptedOut exception) {
        return Problem.response(Response.Status.NOT_FOUND, "analytics-opted-out",
                "The patient opted out of analytics", exception.getMessage());
    }
}
