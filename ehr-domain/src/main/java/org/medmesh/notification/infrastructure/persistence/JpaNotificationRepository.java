package org.medmesh.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    @Override
    public void store(Notification notification) {
        em.persist(notification);
    }

    @Override
    public boolean exists(String kind, UUID subject) {
        return !em.createQuery("select n.id from Notification n where n.kind = :kind and n.subjectId = :subject",
                UUID.class).setParameter("kind", kind).setParameter("subject", subject).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public boolean notifiedSince(String rule, UUID patient, String topic, Instant since) {
        return !em.createQuery("select n.id from Notification n where n.rule = :rule and n.patientId = :patient"
                + " and n.topic = :topic and n.occurredAt >= :since", UUID.class).setParameter("rule", rule)
                .setParameter("patient", patient).setParameter("topic", topic).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Notification> newest(Set<String> kinds, int skip, int limit) {
        return em.createQuery("select n from Notification n where n.kind in :kinds"
                + " order by n.createdAt desc, n.id desc", Notification.class).setParameter("kinds", kinds)
                .setFirstResult(skip).setMaxResults(limit).getResultList();
    }
}
