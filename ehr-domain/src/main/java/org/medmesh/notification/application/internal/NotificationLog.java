package org.medmesh.notification.application.internal;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.medmesh.notification.application.NotificationStored;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;

/**
 * Where every notification is recorded, in the caller's transaction: once per kind and subject (a second event about
 * the same subject, redelivered or replayed, records nothing), a repeat on the same topic not again within an hour, and
 * the fan-out woken after commit.
 */
@ApplicationScoped
public class NotificationLog {

    /** A repeat on the same topic within this long of the last notice is not notified again. */
    static final Duration REPEATS_WITHIN = Duration.ofHours(1);

    @Inject
    NotificationRepository notifications;

    @Inject
    Event<NotificationStored> stored;

    /**
     * Records it unless one of its kind about its subject exists, or, for one with a topic, one of its rule about the
     * same patient on the same topic occurred within {@link #REPEATS_WITHIN} before it (a repeat: alarm fatigue);
     * returns whether it was recorded.
     */
    public boolean record(Notification notification) {
        if (notifications.exists(notification.kind(), notification.subjectId())) {
            return false;
        }
        if (notification.topic().isPresent() && notification.patientId() != null && notification.rule().isPresent()
                && notifications.notifiedSince(notification.rule().get().ruleName(), notification.patientId(),
                        notification.topic().get(), notification.occurredAt().minus(REPEATS_WITHIN))) {
            return false;
        }
        notifications.store(notification);
        stored.fire(new NotificationStored());
        return true;
    }
}
