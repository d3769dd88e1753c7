package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.application.ConflictAlerts;
import org.medmesh.notification.domain.model.Notification;

@Stateless
public class DefaultConflictAlerts implements ConflictAlerts {

    @Inject
    NotificationLog log;

    @Inject
    ThisHospital hospital;

    @Override
    public void conflictParked(UUID eventId, UUID patient, String recordType, String origin, Instant at) {
        log.record(Notification.syncConflict(eventId, patient, hospital.profile().id().value(), origin,
                "Concurrent edits of a " + recordType + " parked for review", at, Instant.now()));
    }
}
