package org.medmesh.notification.application;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.notification.domain.model.Notification;

/** A notification as its audience (administrators or clinicians) sees it. */
public record NotificationView(UUID id, String kind, UUID subjectId, UUID patientId, String hospital, String actor,
        String reason, Instant occurredAt, Instant createdAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind(), n.subjectId(), n.patientId(), n.hospital(), n.actor(),
                n.reason(), n.occurredAt(), n.createdAt());
    }
}
