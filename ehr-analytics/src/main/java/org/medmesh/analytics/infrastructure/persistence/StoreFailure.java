package org.medmesh.analytics.infrastructure.persistence;

/** The analytics tables could not be read or written. */
public class StoreFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreFailure(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
