package org.medmesh.notification.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.notification.application.NotificationService;
import org.medmesh.notification.application.NotificationView;
import org.medmesh.notification.domain.model.NotificationRepository;

@Stateless
public class DefaultNotificationService implements NotificationService {

    @Inject
    NotificationRepository notifications;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<NotificationView> newest(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1-500");
        }
        return notifications.newest(limit).stream().map(NotificationView::of).toList();
    }
}
