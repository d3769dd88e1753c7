package org.medmesh.notification.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification in one person's inbox: read or not. {@code seq} orders the inbox and identifies the entry in the live
 * stream. Redacted when the person may not see the patient's records here: the inbox then says only that there is
 * something of this kind, without the patient or the summary.
 */
@Entity
@Table(name = "notification_inbox")
public class InboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "seq", nullable = false, updatable = false)
    private Long seq;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private UUID notificationId;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "redacted", nullable = false, updatable = false)
    private boolean redacted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxEntry() {
    }

    public InboxEntry(UUID notificationId, String username, boolean redacted, Instant createdAt) {
        this.notificationId = Objects.requireNonNull(notificationId, "notificationId");
        this.username = Objects.requireNonNull(username, "username");
        this.redacted = redacted;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public long seq() {
        return seq;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public String username() {
        return username;
    }

    public boolean redacted() {
        return redacted;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    /** Marks it read (once: a second call keeps the first time). */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
