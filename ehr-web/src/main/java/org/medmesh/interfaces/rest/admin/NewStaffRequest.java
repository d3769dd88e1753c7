package org.medmesh.interfaces.rest.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff account: username, display name, role and initial password. */
public class NewStaffRequest {

    @NotNull(message = "Enter a username.")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "A username has 2-64 lower-case letters, digits, '.', "
            + "'_' or '-', and starts with a letter or digit.")
    public String username;

    @NotBlank(message = "Enter the name shown for this person.")
    @Size(max = 128, message = "A display name has at most 128 characters.")
    public String displayName;

    @NotNull(message = "Choose a role: doctor, nurse, pharmacist or admin.")
    @Pattern(regexp = RoleRequest.STAFF_ROLES, message = "Choose a role: doctor, nurse, pharmacist or admin.")
    public String role;

    @NotNull(message = "Enter an initial password (12 to 128 characters).")
    @Size(max = 1024, message = "A password has at most 128 characters.")
    public String password;
}
