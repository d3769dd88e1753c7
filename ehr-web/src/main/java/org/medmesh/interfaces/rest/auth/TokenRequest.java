package org.medmesh.interfaces.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials sent to obtain a token. */
public class TokenRequest {

    @NotBlank(message = "Enter your username.")
    @Size(max = 64, message = "A username has at most 64 characters.")
    public String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = 256, message = "A password has at most 256 characters.")
    public String password;
}
