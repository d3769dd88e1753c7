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
 */
public record ClinicalChange(ClinicalHappening what, UUID eventId, UUID patientId, UUID encounterId, String origin,
        String actor, Instant at, String summary) {

    public ClinicalChange {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
