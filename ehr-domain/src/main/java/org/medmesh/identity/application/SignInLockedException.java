package org.medmesh.identity.application;

import jakarta.ejb.ApplicationException;

import java.time.Duration;

/**
 * Sign-in under this username is locked after repeated failures, whether or not such an account exists; the password
 * was not checked.
 */
@ApplicationException(rollback = false)
public class SignInLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SignInLockedException(Duration retryAfter) {
        super("Too many failed sign-ins: sign-in under this username is locked for " + minutes(retryAfter)
                + ". An administrator can unlock it sooner.");
        this.retryAfter = retryAfter;
    }

    /** How long until sign-in can be tried again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 more minute" : minutes + " more minutes";
    }
}
