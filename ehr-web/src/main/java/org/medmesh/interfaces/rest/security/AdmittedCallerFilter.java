package org.medmesh.interfaces.rest.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

import org.medmesh.identity.application.AdmittedCaller;

/**
 * Notes the caller the container signed in for this request
 * ({@link org.medmesh.interfaces.web.security.StaffAuthenticationMechanism}) for the services, before any role check or
 * resource method runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdmittedCallerFilter implements ContainerRequestFilter {

    @Inject
    AdmittedCaller admitted;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal != null) {
            admitted.note(principal.getName());
        }
    }
}
