package org.medmesh.notification.application;

import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.Stamp;

/** Published to the replication module: tells this hospital's administrators what replication refused. */
public interface AdministratorAlerts {

    /**
     * Should record one notification of kind {@code sync-quarantined} per quarantined message (a second call for the
     * same {@code messageId} does nothing), in the caller's transaction. {@code sender} is the broker account that
     * delivered it; {@code reason} must hold no patient data.
     */
    @PermitAll
    void syncQuarantined(String messageId, String sender, String reason, Instant at);

    /**
     * Should record one notification of kind {@code break-glass} per grant (a second call for the same {@code grant}
     * does nothing), in the caller's transaction: a break-the-glass access to {@code patient} ({@code granted}: who, at
     * which hospital, when), made here or received by replication at the patient's home hospital.
     */
    @PermitAll
    void breakGlass(UUID grant, UUID patient, String reason, Stamp granted);
}
