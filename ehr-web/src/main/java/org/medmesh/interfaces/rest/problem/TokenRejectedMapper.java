package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Map;

import org.medmesh.identity.domain.model.TokenRejectedException;
import org.medmesh.identity.domain.model.TokenRejection;

/** A refused bearer token: 401 naming the reason, with an RFC 6750 {@code WWW-Authenticate} challenge. */
@Provider
public class TokenRejectedMapper implements ExceptionMapper<TokenRejectedException> {

    @Override
    public Response toResponse(TokenRejectedException exception) {
        return answer(exception.reason());
    }

    /** The 401 problem for a token refused for this reason ({@code reason}: e.g. {@code bad-signature}). */
    public static Response answer(TokenRejection rejection) {
        Response problem = Problem.response(401, "invalid-token", "Invalid token", rejection.message(),
                Map.of("reason", rejection.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return Response.fromResponse(problem).header(BearerChallenge.HEADER, BearerChallenge.INVALID_TOKEN).build();
    }
}
