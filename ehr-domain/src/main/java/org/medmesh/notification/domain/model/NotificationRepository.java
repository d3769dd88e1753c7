package org.medmesh.notification.domain.model;

import java.util.List;

/** The notifications of this hospital's administrators. */
public interface NotificationRepository {

    void store(Notification notification);

    /** The newest first, at most {@code limit}. */
    List<Notification> newest(int limit);
}
