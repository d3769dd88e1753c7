package org.medmesh.interfaces.rest.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.identity.domain.model.TokenRejection;
import org.medmesh.interfaces.rest.problem.TokenRejectedMapper;
import org.medmesh.interfaces.web.security.StaffAuthenticationMechanism;

/**
 * Answers a request whose bearer token was refused with 401 problem+json naming the reason, on every endpoint (also the
 * public ones: a client sending a bad token should learn so).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedTokenFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(StaffAuthenticationMechanism.REJECTION) instanceof TokenRejection rejection) {
            request.abortWith(TokenRejectedMapper.answer(rejection));
        }
    }
}
