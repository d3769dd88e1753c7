package org.medmesh.identity.domain.model;

import java.util.List;

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
    /** The staff roles, in the order a caller's role is looked for. */
    public static final List<String> STAFF = List.of(DOCTOR, NURSE, PHARMACIST, ADMIN);

    private Roles() {
    }
}
