package org.medmesh.notification.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;

/** The notification repository over a list, answering newest first as the real one does. */
final class StoredNotifications implements NotificationRepository {

    private final List<Notification> all = new ArrayList<>();

    @Override
    public void store(Notification notification) {
        all.add(notification);
    }

    @Override
    public boolean exists(String kind, UUID subject) {
        return all.stream().anyMatch(n -> n.kind().equals(kind) && n.subjectId().equals(subject));
    }

    @Override
    public boolean notifiedSince(String rule, UUID patient, String topic, Instant since) {
        return all.stream().anyMatch(n -> n.rule().map(r -> r.ruleName().equals(rule)).orElse(false)
                && patient.equals(n.patientId()) && n.topic().map(topic::equals).orElse(false)
                && !n.occurredAt().isBefore(since));
    }

    @Override
    public List<Notification> newest(Set<String> kinds, int skip, int limit) {
        return all.stream().filter(n -> kinds.contains(n.kind()))
                .sorted(Comparator.comparing(Notification::createdAt).reversed()).skip(skip).limit(limit).toList();
    }

    /** Everything stored, in the order it was stored. */
    List<Notification> all() {
        return List.copyOf(all);
    }
}
