package org.medmesh.interfaces.web.security;

/** Why the sign-in page is shown, as its {@code reason} parameter says. */
public enum SignInReason {

    /** A protected page was asked for without a session. */
    REQUIRED("required"),
    /** The session's sign-in is no longer valid (timed out, signed out elsewhere, account changed). */
    ENDED("ended"),
    /** The user signed out. */
    SIGNED_OUT("signed-out");

    private final String parameter;

    SignInReason(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
