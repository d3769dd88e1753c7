package org.medmesh.notification.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.medmesh.notification.domain.model.Inbox;
import org.medmesh.notification.domain.model.InboxEntry;
import org.medmesh.notification.domain.model.Notification;

@ApplicationScoped
public class JpaInbox implements Inbox {

    private static final String DELIVERED = "select e, n from InboxEntry e, Notification n"
            + " where n.id = e.notificationId and e.username = :username";

    @PersistenceContext(unitName = "hospital")
    private EntityManager em;

    /** INSERT IGNORE: the unique (notification, username) key skips the people who have it already. */
    @Override
    public int deliver(UUID notificationId, List<Recipient> recipients, Instant at) {
        if (recipients.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT IGNORE INTO notification_inbox (notification_id, username, redacted, created_at) VALUES ");
        for (int i = 0; i < recipients.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 * i + 3).append(", ?").append(2 * i + 4)
                    .append(", ?2)");
        }
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, bytes(notificationId))
                .setParameter(2, at);
        for (int i = 0; i < recipients.size(); i++) {
            insert.setParameter(2 * i + 3, recipients.get(i).username());
            insert.setParameter(2 * i + 4, recipients.get(i).redacted());
        }
        return insert.executeUpdate();
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    @Override
    public List<Delivered> newest(String username, boolean unreadOnly, int skip, int limit) {
        return delivered(em.createQuery(DELIVERED + (unreadOnly ? " and e.readAt is null" : "")
                + " order by e.seq desc", Object[].class).setParameter("username", username).setFirstResult(skip)
                .setMaxResults(limit).getResultList());
    }

    @Override
    public List<Delivered> after(String username, long seq, int limit) {
        return delivered(em.createQuery(DELIVERED + " and e.seq > :seq order by e.seq", Object[].class)
                .setParameter("username", username).setParameter("seq", seq).setMaxResults(limit).getResultList());
    }

    private static List<Delivered> delivered(List<Object[]> rows) {
        return rows.stream().map(row -> new Delivered((InboxEntry) row[0], (Notification) row[1])).toList();
    }

    @Override
    public Set<String> recipientsAfter(long seq, int limit) {
        return new TreeSet<>(em.createQuery("select distinct e.username from InboxEntry e where e.seq > :seq",
                String.class).setParameter("seq", seq).setMaxResults(limit).getResultList());
    }

    @Override
    public long lastSeq(String username) {
        Long last = em.createQuery("select max(e.seq) from InboxEntry e where e.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public long newestSeq() {
        Long last = em.createQuery("select max(e.seq) from InboxEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public long unread(String username) {
        return em.createQuery("select count(e) from InboxEntry e where e.username = :username and e.readAt is null",
                Long.class).setParameter("username", username).getSingleResult();
    }

    @Override
    public Optional<InboxEntry> find(String username, long seq) {
        return em.createQuery("select e from InboxEntry e where e.username = :username and e.seq = :seq",
                InboxEntry.class).setParameter("username", username).setParameter("seq", seq).getResultList()
                .stream().findFirst();
    }

    @Override
    public int markAllRead(String username, Instant at) {
        return em.createQuery("update InboxEntry e set e.readAt = :at where e.username = :username"
                + " and e.readAt is null").setParameter("at", at).setParameter("username", username).executeUpdate();
    }

    /**
     * One fan-out at a time per hospital (the lock row of {@code notification_fanout_lock}, held to the end of the
     * caller's transaction): with several server instances, inbox entries then commit in the order of their seq, which
     * the live streams rely on (they read after the last seq they sent).
     */
    @Override
    public List<Notification> lockWaitingForFanOut(int limit) {
        em.createNativeQuery("SELECT id FROM notification_fanout_lock WHERE id = 1 FOR UPDATE").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Notification> waiting = em.createNativeQuery("SELECT * FROM notification WHERE fanned_out_at IS NULL"
                + " ORDER BY created_at LIMIT " + Math.max(1, limit) + " FOR UPDATE", Notification.class)
                .getResultList();
        return waiting;
    }
}
