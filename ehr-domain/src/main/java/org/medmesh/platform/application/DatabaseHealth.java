package org.medmesh.platform.application;

import jakarta.annotation.security.PermitAll;

/**
 * Whether this node's database answers. Used by readiness checks; callable by anyone because it reveals no data.
 */
public interface DatabaseHealth {

    /**
     * Should run a trivial query within a short timeout and report the outcome without throwing.
     */
    @PermitAll
    Status check();

    /** Outcome of a database check: reachable or not, with an operator-readable detail. */
    record Status(boolean up, String detail) {
    }
}
