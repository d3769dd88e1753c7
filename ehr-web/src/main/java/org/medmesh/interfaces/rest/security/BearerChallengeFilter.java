package org.medmesh.interfaces.rest.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.interfaces.rest.problem.BearerChallenge;

/**
 * Gives every 401 of the API its {@code WWW-Authenticate: Bearer realm="medmesh"} challenge, whichever path produced it
 * (no token on a protected operation, wrong credentials, a wrong current password); a refused token's own challenge
 * ({@code error="invalid_token"}) is kept.
 */
@Provider
public class BearerChallengeFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        challenge(response.getStatus(), response.getHeaders());
    }

    /** Adds the challenge to a 401's headers that carry none. */
    static void challenge(int status, MultivaluedMap<String, Object> headers) {
        if (status == 401 && !headers.containsKey(BearerChallenge.HEADER)) {
            headers.putSingle(BearerChallenge.HEADER, BearerChallenge.SIGN_IN);
        }
    }
}
