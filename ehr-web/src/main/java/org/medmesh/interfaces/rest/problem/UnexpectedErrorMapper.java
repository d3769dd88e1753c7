package org.medmesh.interfaces.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped elsewhere: a 500 with an incident id the operator finds in the server log. The client never sees
 * a stack trace. Exceptions wrapped by the EJB container are unwrapped and mapped by their own mapper.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable exception) {
        Throwable cause = exception;
        while ((cause instanceof EJBException || cause instanceof jakarta.transaction.RollbackException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause != exception && !(cause instanceof EJBException)) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && mapper != this) {
                return mapper.toResponse(cause);
            }
        }
        if (cause instanceof WebApplicationException wae) {
            return new WebApplicationExceptionMapper().toResponse(wae);
        }
        if (LostDatabase.causedBy(exception)) {
            LOG.warning(() -> "A request failed because the database cannot be reached: " + exception.getClass()
                    .getSimpleName());
            return LostDatabase.problem();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.response(500, "internal-error", "Internal error",
                "The server could not complete the request. Report incident " + incident + " to the operators.",
                Map.of("incident", incident));
    }
}
