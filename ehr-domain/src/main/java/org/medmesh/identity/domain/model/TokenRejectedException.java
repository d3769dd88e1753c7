package org.medmesh.identity.domain.model;

/** A bearer token was refused; {@link #reason()} says why. */
public class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenRejection reason;

    public TokenRejectedException(TokenRejection reason) {
        super(reason.message());
        this.reason = reason;
    }

    public TokenRejection reason() {
        return reason;
    }
}
