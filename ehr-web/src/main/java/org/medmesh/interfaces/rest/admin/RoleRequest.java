package org.medmesh.interfaces.rest.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The role an account should have from now on. */
public class RoleRequest {

    static final String STAFF_ROLES = "doctor|nurse|pharmacist|admin";

    @NotNull(message = "Choose a role: doctor, nurse, pharmacist or admin.")
    @Pattern(regexp = STAFF_ROLES, message = "Choose a role: doctor, nurse, pharmacist or admin.")
    public String role;
}
