package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.shared.domain.model.StaleVersion;

/**
 * The client edited an outdated copy — its If-Match names a version that is no longer current: 412 Precondition Failed
 * with the current version, so nothing is overwritten silently.
 */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersion> {

    @Override
    public Response toResponse(StaleVersion exception) {
        return Problem.response(Response.Status.PRECONDITION_FAILED.getStatusCode(), "stale-version",
                "Changed by someone else",
                exception.getMessage(), Map.of("currentVersion", exception.current()));
    }
}
