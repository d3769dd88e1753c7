package org.medmesh.shared.domain.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a context's repository (or store): an interface of its model implemented by its own infrastructure. Only the
 * owning context uses it; the architecture tests of every module refuse a use from anywhere else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Repository {
}
