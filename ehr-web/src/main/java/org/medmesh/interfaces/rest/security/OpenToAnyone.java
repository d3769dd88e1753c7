package org.medmesh.interfaces.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation anyone may call, signed in or not (signing in itself, the hospital's public description); it still
 * gets an audit entry. See {@link AllowedRoles} for why resources do not use {@code @PermitAll}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToAnyone {
}
