package org.medmesh.interfaces.rest.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an administrator. */
public class PasswordResetRequest {

    @NotNull(message = "Enter the new password (12 to 128 characters).")
    @Size(max = 1024, message = "A password has at most 128 characters.")
    public String password;
}
