package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime itself (unknown path, wrong method, unreadable JSON, unsupported media type) as
 * problem details with the runtime's status code.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
        if (known == null) {
            known = Response.Status.BAD_REQUEST;
        }
        String detail = switch (known) {
            case BAD_REQUEST ->
                "The request body could not be read; send well-formed JSON matching the documented schema.";
            case NOT_FOUND -> "No resource at this path. See /openapi for the API.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers with application/json.";
            case UNAUTHORIZED -> "Sign in at /api/v1/auth/token and send the token as 'Authorization: Bearer <token>'.";
            case FORBIDDEN -> "Your role does not allow this operation.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            default -> status.getReasonPhrase();
        };
        String type = known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return Problem.response(known, type, known.getReasonPhrase(), detail);
    }
}
