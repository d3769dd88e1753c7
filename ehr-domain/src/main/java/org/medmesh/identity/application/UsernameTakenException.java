package org.medmesh.identity.application;

import jakarta.ejb.ApplicationException;

/** An account with this username exists already (enabled or not; usernames are never reused). */
@ApplicationException(rollback = true)
public class UsernameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException() {
        super("An account with this username exists already; choose another username.");
    }
}
