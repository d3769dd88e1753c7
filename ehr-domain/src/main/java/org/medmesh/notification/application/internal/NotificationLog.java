package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.medmesh.notification.application.NotificationStored;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;

/**
 * Where every notification is recorded, in the caller's transaction: once per kind and subject (a second event about
 * the same subject, redelivered or replayed, records nothing), and the fan-out woken after commit.
 */
@ApplicationScoped
public class NotificationLog {

    @Inject
    NotificationRepository notifications;

    @Inject
    Event<NotificationStored> stored;

    /** Records it unless one of its kind about its subject exists; returns whether it was recorded. */
    public boolean record(Notification notification) {
        if (notifications.exists(notification.kind(), notification.subjectId())) {
            return false;
        }
        notifications.store(notification);
        stored.fire(new NotificationStored());
        return true;
    }
}
