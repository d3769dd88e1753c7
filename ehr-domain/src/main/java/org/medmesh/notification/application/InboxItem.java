package org.medmesh.notification.application;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.notification.domain.model.Inbox.Delivered;
import org.medmesh.notification.domain.model.InboxEntry;
import org.medmesh.notification.domain.model.Notification;

/**
 * A notification in the caller's inbox. A redacted one (a patient of another hospital whose records are not shared with
 * this one) names neither the patient nor the encounter and says only that there is something of its kind.
 *
 * @param seq the entry's place in the inbox and its id in the live stream
 * @param rule the rule that made it ({@code prescription-to-pharmacy}, …)
 */
public record InboxItem(long seq, UUID notificationId, String kind, String rule, UUID patientId, UUID encounterId,
        String summary, String hospital, String actor, Instant occurredAt, Instant deliveredAt, Instant readAt,
        boolean redacted) {

    public static InboxItem of(Delivered delivered) {
        InboxEntry e = delivered.entry();
        Notification n = delivered.notification();
        String rule = n.rule().map(r -> r.ruleName()).orElse(null);
        if (e.redacted()) {
            return new InboxItem(e.seq(), n.id(), n.kind(), rule, null, null, "A " + n.kind().replace('-', ' ')
                    + " notice about a patient whose records are not shared with this hospital", n.hospital(), null,
                    n.occurredAt(), e.createdAt(), e.readAt(), true);
        }
        return new InboxItem(e.seq(), n.id(), n.kind(), rule, n.patientId(), n.encounterId(), n.reason(),
                n.hospital(), n.actor(), n.occurredAt(), e.createdAt(), e.readAt(), false);
    }
}
