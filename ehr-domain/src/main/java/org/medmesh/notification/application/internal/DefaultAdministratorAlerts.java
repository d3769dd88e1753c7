package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.application.AdministratorAlerts;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultAdministratorAlerts implements AdministratorAlerts {

    @Inject
    NotificationLog log;

    @Inject
    ThisHospital hospital;

    @Override
    public void syncQuarantined(String messageId, String sender, String reason, Instant at) {
        UUID subject = UUID.nameUUIDFromBytes(("sync-quarantine:" + messageId).getBytes(StandardCharsets.UTF_8));
        log.record(Notification.syncQuarantined(subject, hospital.profile().id().value(),
                sender == null ? "unknown" : sender, reason, at));
    }

    @Override
    public void breakGlass(UUID grant, UUID patient, String reason, Stamp granted) {
        log.record(Notification.breakGlass(grant, patient, reason, granted));
    }
}
