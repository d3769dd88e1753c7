package org.medmesh.sync.application;

import jakarta.annotation.security.PermitAll;

/** Whether this hospital's message broker accepts connections. Reveals no data; callable by anyone. */
public interface BrokerHealth {

    /**
     * Should open and close a JMS connection to the configured broker and report the outcome without throwing.
     */
    @PermitAll
    Status check();

    /** Outcome of a broker check, with an operator-readable detail. */
    record Status(boolean up, String detail) {
    }
}
