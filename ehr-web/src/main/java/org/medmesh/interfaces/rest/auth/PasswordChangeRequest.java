package org.medmesh.interfaces.rest.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in user's own password change. */
public class PasswordChangeRequest {

    @NotNull(message = "Enter your current password.")
    @Size(max = 1024, message = "A password has at most 128 characters.")
    public String currentPassword;

    @NotNull(message = "Enter the new password (12 to 128 characters).")
    @Size(max = 1024, message = "A password has at most 128 characters.")
    public String newPassword;
}
