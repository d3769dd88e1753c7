package org.medmesh.interfaces.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The container refused the caller's role (a bean's own rule): 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return forbidden();
    }

    static Response forbidden() {
        return Problem.response(Response.Status.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this operation.");
    }
}
