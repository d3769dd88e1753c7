package org.medmesh.notification.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;

/** What this hospital's administrators are told. */
public interface NotificationService {

    /** Should return the newest notifications first, at most {@code limit} (1–500). */
    @RolesAllowed(Roles.ADMIN)
    List<NotificationView> newest(int limit);
}
