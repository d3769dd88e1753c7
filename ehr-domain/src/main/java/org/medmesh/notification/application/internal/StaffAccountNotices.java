package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.domain.model.StaffAccountChanged;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.shared.domain.model.TimeOrderedUuid;

/**
 * Tells this hospital's administrators of every staff-account change (creation, role, disable, enable): a synchronous
 * observer, so the notification is stored in the administrator's own transaction and stands or falls with the change.
 * Each change is its own subject (a fresh time-ordered UUID), since notifications are unique per kind and subject.
 */
@ApplicationScoped
public class StaffAccountNotices {

    @Inject
    NotificationLog log;

    @Inject
    ThisHospital hospital;

    void changed(@Observes StaffAccountChanged change) {
        log.record(Notification.staffAccountChanged(TimeOrderedUuid.next(), hospital.profile().id().value(),
                change.by(), change.what(), change.at(), Instant.now()));
    }
}
