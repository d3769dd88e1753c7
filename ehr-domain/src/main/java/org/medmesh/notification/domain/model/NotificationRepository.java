package org.medmesh.notification.domain.model;

import java.util.List;
import java.util.UUID;

/** The notifications of this hospital's administrators. */
public interface NotificationRepository {

    void store(Notification notification);

    /** Whether a notification of this kind about this subject exists. */
    boolean exists(String kind, UUID subject);

    /** The newest first, at most {@code limit}. */
    List<Notification> newest(int limit);
}
