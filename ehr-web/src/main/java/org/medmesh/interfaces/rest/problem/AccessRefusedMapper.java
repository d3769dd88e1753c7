package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.shared.domain.model.AccessRefused;

/** An application service refused the caller's role, as its interface declares: 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefused> {

    @Override
    public Response toResponse(AccessRefused exception) {
        return AccessDeniedMapper.forbidden();
    }
}
