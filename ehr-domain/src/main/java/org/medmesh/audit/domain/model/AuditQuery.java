package org.medmesh.audit.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An auditor's search: any combination of patient, user and time range, newest first.
 *
 * @param patientId entries about this patient (its subject, or one of the patients its answer exposed), or null
 * @param actor entries by this user, or null
 * @param from entries at or after, or null
 * @param to entries before, or null
 * @param limit at most this many (1–1000)
 */
public record AuditQuery(UUID patientId, String actor, Instant from, Instant to, int limit) {

    public AuditQuery {
        limit = Math.max(1, Math.min(1000, limit));
    }
}
