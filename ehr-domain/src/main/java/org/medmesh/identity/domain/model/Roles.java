package org.medmesh.identity.domain.model;

/**
 * Security role names as compile-time constants, for {@code @RolesAllowed} on application services and resources.
 */
public final class Roles {

    public static final String DOCTOR = "doctor";
    public static final String NURSE = "nurse";
    public static final String PHARMACIST = "pharmacist";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
