package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.shared.domain.model.ConcurrentChange;

/**
 * Two changes of the same record raced and the other one committed first (detected by the version column at write
 * time), so the version in the client's If-Match was no longer current when it was written: 412, the same answer as a
 * stale If-Match.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChange> {

    @Override
    public Response toResponse(ConcurrentChange exception) {
        return Problem.response(Response.Status.PRECONDITION_FAILED, "stale-version", "Changed by someone else",
                exception.getMessage());
    }
}
