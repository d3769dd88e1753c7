package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.events.application.OutboxLog;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.application.CareTeamAlerts;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;

@Stateless
public class DefaultCareTeamAlerts implements CareTeamAlerts {

    @Inject
    NotificationRepository notifications;

    @Inject
    OutboxLog outbox;

    @Inject
    NotificationLog log;

    @Inject
    ThisHospital hospital;

    @Override
    public void highRisk(UUID assessment, UUID causedBy, String summary, Instant assessedAt) {
        if (notifications.exists(Notification.HIGH_RISK, assessment)) {
            return;
        }
        Optional<UUID> patient = outbox.patientOf(causedBy);
        patient.ifPresent(p -> log.record(Notification.highRisk(assessment, p,
                hospital.profile().id().value(), summary, assessedAt, Instant.now())));
    }
}
