package org.medmesh.identity.domain.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a member of staff does at the hospital; each maps to one security role of the same (lower-case) name.
 */
public enum StaffRole {

    DOCTOR(Roles.DOCTOR), NURSE(Roles.NURSE), PHARMACIST(Roles.PHARMACIST), ADMIN(Roles.ADMIN);

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The security role name carried in tokens ({@code groups} claim) and used by {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The role with this security role name, case-insensitive. */
    public static StaffRole fromRoleName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.roleName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown role '" + name + "'; expected one of doctor, nurse, pharmacist, admin"));
    }
}
