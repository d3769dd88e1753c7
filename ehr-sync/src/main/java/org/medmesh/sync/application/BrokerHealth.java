package org.medmesh.sync.application;

import jakarta.annotation.security.PermitAll;

/** Whether this hospital's message broker accepts connections. Reveals no data; callable by anyone. */
public interface BrokerHealth {

    /**
     * Should open and close a JMS connection to the configured broker and report the outcome without throwing.
     */
    @PermitAll
    Status check();

    /**
     * Outcome of a broker check, with an operator-readable detail.
     *
     * @param channel how peers reach this broker: {@value #MUTUAL_TLS}, or {@value #PLAIN_TCP} on a lab network
     */
    record Status(boolean up, String detail, String channel) {

        public static final String MUTUAL_TLS = "mutual-tls";
        public static final String PLAIN_TCP = "PLAIN-TCP (lab only: unencrypted)";
        public static final String EXTERNAL = "external broker (secured by its operator)";

        /** A check that could not tell the channel (the probe itself failed). */
        public Status(boolean up, String detail) {
            this(up, detail, "unknown");
        }
    }
}
