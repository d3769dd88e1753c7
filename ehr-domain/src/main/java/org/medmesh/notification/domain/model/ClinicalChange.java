package org.medmesh.notification.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of a patient's record described for the notification rules: what happened, to whom, in which encounter (when
 * the record belongs to one), at which hospital, by whom, and a short summary a recipient who may see the patient is
 * shown ("Amoxicillin 500 mg, oral").
 *
 * @param eventId the change's event id: a notification's subject, so a change redelivered or replayed notifies once
 * @param topic what a repeat of it is recognised by (for an out-of-range result: the test and the interpretation), or
 *            null when every change is notified
 */
public record ClinicalChange(ClinicalHappening what, UUID eventId, UUID patientId, UUID encounterId, String origin,
        String actor, Instant at, String summary, String topic) {

    /** A change notified every time (no topic). */
    public ClinicalChange(ClinicalHappening what, UUID eventId, UUID patientId, UUID encounterId, String origin,
            String actor, Instant at, String summary) {
        this(what, eventId, patientId, encounterId, origin, actor, at, summary, null);
    }

    public ClinicalChange {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
