package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.notification.application.NotificationService;
import org.medmesh.notification.application.NotificationView;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationAudience;
import org.medmesh.notification.domain.model.NotificationRepository;
import org.medmesh.notification.domain.model.PatientVisibility;

@Stateless
public class DefaultNotificationService implements NotificationService {

    static final int MAX_LIMIT = 500;

    @Inject
    NotificationRepository notifications;

    @Inject
    PatientVisibility patients;

    @Override
    public List<NotificationView> forAdministrators(int limit) {
        requireLimit(limit);
        return notifications.newest(NotificationAudience.ADMINISTRATORS.kinds(), 0, limit).stream()
                .map(NotificationView::of).toList();
    }

    /** Reads newest first in pages of {@code limit}, keeping the alerts the caller may see, until it has enough. */
    @Override
    public List<NotificationView> forClinicians(int limit) {
        requireLimit(limit);
        List<NotificationView> shown = new ArrayList<>();
        Map<UUID, Boolean> visible = new HashMap<>();
        for (int skip = 0; shown.size() < limit; skip += limit) {
            List<Notification> page = notifications.newest(NotificationAudience.CLINICIANS.kinds(), skip, limit);
            page.stream().filter(n -> n.patientId() != null)
                    .filter(n -> visible.computeIfAbsent(n.patientId(), patients::maySee))
                    .limit(limit - shown.size()).map(NotificationView::of).forEach(shown::add);
            if (page.size() < limit) {
                break;
            }
        }
        return shown;
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
    }
}
