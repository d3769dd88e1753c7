package org.medmesh.notification.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.domain.model.Repository;

/** The notifications of this hospital's staff. */
@Repository
public interface NotificationRepository {

    void store(Notification notification);

    /** Whether a notification of this kind about this subject exists. */
    boolean exists(String kind, UUID subject);

    /** Whether a notification of the rule about the patient on the topic occurred at or after {@code since}. */
    boolean notifiedSince(String rule, UUID patient, String topic, Instant since);

    /** Of the given kinds, the newest first: at most {@code limit}, after skipping the {@code skip} newest. */
    List<Notification> newest(Set<String> kinds, int skip, int limit);
}
