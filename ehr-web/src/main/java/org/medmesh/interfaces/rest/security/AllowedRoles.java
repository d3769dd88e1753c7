package org.medmesh.interfaces.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an API operation (on the resource method, else on its resource class), enforced by
 * {@link DeclaredRolesFeature}: an anonymous caller gets 401, a signed-in caller in none of the roles 403. The
 * reference is the application service's interface, whose {@code @RolesAllowed} is enforced on every call; these roles
 * only answer earlier, and {@code ResourceRolesTest} fails the build when they let in a role the service refuses.
 * <p>
 * Resources do not carry {@code @RolesAllowed} themselves: for any resource that does, Payara registers a filter of its
 * MicroProfile JWT module that checks the roles a second time and asks Jakarta Security for the caller on every request
 * (about a tenth of a request's CPU), and in an EAR the {@code payara-web.xml} switch meant to turn it off is not read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

    String[] value();
}
