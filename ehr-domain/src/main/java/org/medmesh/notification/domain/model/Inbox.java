package org.medmesh.notification.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.domain.model.Repository;

/** Every person's inbox of notifications at this hospital. */
@Repository
public interface Inbox {

    /** An entry with its notification. */
    record Delivered(InboxEntry entry, Notification notification) {
    }

    /**
     * Puts a notification into the inboxes of the people named (one statement), except those who have it already;
     * returns how many inboxes it newly reached.
     */
    int deliver(UUID notificationId, List<Recipient> recipients, Instant at);

    /** A person to deliver to, and whether they may see the patient here. */
    record Recipient(String username, boolean redacted) {
    }

    /** The person's entries, newest first: at most {@code limit} after skipping {@code skip}; unread only if asked. */
    List<Delivered> newest(String username, boolean unreadOnly, int skip, int limit);

    /** The person's entries after {@code seq}, oldest first, at most {@code limit}: what a live stream sends next. */
    List<Delivered> after(String username, long seq, int limit);

    /** The people with entries after {@code seq}, at most {@code limit} of them. */
    Set<String> recipientsAfter(long seq, int limit);

    /** The newest entry's seq of the person (0 when the inbox is empty). */
    long lastSeq(String username);

    /** The newest entry's seq of anyone's inbox (0 when there is none). */
    long newestSeq();

    long unread(String username);

    Optional<InboxEntry> find(String username, long seq);

    /** Marks every unread entry of the person read; returns how many. */
    int markAllRead(String username, Instant at);

    /** Notifications not yet fanned out, oldest first, locked for this transaction: one fan-out at a time. */
    List<Notification> lockWaitingForFanOut(int limit);
}
