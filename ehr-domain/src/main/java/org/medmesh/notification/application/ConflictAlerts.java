package org.medmesh.notification.application;

import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.util.UUID;

/** Published to the replication module: tells this hospital's records reviewers of a conflict parked for review. */
public interface ConflictAlerts {

    /**
     * Should record one notification of kind {@code sync-conflict} per parked change ({@code eventId}; a second call
     * for it does nothing), in the caller's transaction: concurrent edits of a record of {@code patient}
     * ({@code recordType} names the kind of record, no patient data), the losing edit made at {@code origin}.
     */
    @PermitAll
    void conflictParked(UUID eventId, UUID patient, String recordType, String origin, Instant at);
}
