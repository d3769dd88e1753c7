package org.medmesh.identity.domain.model;

/**
 * Security role names as compile-time constants, for {@code @RolesAllowed} on application services and resources.
 */
public final class Roles {

    public static final String DOCTOR = "doctor";
    public static final String NURSE = "nurse";
    public static final String PHARMACIST = "pharmacist";
    public static final String ADMIN = "admin";
    /**
     * Peer hospitals. They reach a node only through the broker bridges, never through the REST API: no staff account
     * has this role and every bearer token claiming it is refused.
     */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
