package org.medmesh.interfaces.rest.problem;

/**
 * The RFC 6750 challenge every 401 of the API carries, so a client learns how to authenticate: a bearer token for the
 * realm {@code medmesh}; a refused token adds {@code error="invalid_token"}.
 */
public final class BearerChallenge {

    public static final String HEADER = "WWW-Authenticate";
    /** Sign in and send a bearer token (no token was sent, or the credentials were wrong). */
    public static final String SIGN_IN = "Bearer realm=\"medmesh\"";
    /** The token sent was refused. */
    public static final String INVALID_TOKEN = SIGN_IN + ", error=\"invalid_token\"";

    private BearerChallenge() {
    }
}
