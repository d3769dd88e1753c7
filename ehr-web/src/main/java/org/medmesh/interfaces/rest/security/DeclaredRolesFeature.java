package org.medmesh.interfaces.rest.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.medmesh.interfaces.rest.problem.BearerChallenge;

/**
 * Enforces {@link AllowedRoles} on resource methods (else on their class); {@link OpenToAnyone} operations, and any
 * without a declaration, are not checked here: an anonymous caller of a protected operation gets 401, a signed-in
 * caller without one of its roles 403. The application services enforce their interfaces' declarations again.
 */
@Provider
public class DeclaredRolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(OpenToAnyone.class)) {
            return;
        }
        AllowedRoles roles = method.isAnnotationPresent(AllowedRoles.class)
                ? method.getAnnotation(AllowedRoles.class)
                : resource.getResourceClass().getAnnotation(AllowedRoles.class);
        if (roles != null) {
            context.register(new RoleCheck(Arrays.asList(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException(BearerChallenge.SIGN_IN);
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
