package org.medmesh.notification.application;

import jakarta.annotation.security.PermitAll;

import java.time.Instant;

/** Published to the replication module: tells this hospital's administrators what replication refused. */
public interface AdministratorAlerts {

    /**
     * Should record one notification of kind {@code sync-quarantined} per quarantined message (a second call for the
     * same {@code messageId} does nothing), in the caller's transaction. {@code sender} is the broker account that
     * delivered it; {@code reason} must hold no patient data.
     */
    @PermitAll
    void syncQuarantined(String messageId, String sender, String reason, Instant at);
}
