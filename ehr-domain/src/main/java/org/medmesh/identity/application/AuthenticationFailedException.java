package org.medmesh.identity.application;

import jakarta.ejb.ApplicationException;

/**
 * Credentials were wrong, or the account is unknown or disabled. The message never says which, so it cannot be used to
 * discover usernames. The transaction commits: the failure is counted towards the lockout.
 */
@ApplicationException(rollback = false)
public class AuthenticationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException() {
        super("Invalid username or password.");
    }
}
