package org.medmesh.analytics.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.medmesh.events.domain.model.SequencedEvent;

/**
 * Which outbox events after the cursor are settled. Outbox positions are taken at insert and become visible at commit,
 * so a gap is either a transaction still running (it fills the gap later) or one rolled back (it never will). The feed
 * stops before a gap until the event after it is older than the grace period — a transaction still open after that long
 * is taken as rolled back — so an event is never skipped while it may still commit, and a rollback delays the feed by
 * the grace period at most.
 */
final class FeedWindow {

    private FeedWindow() {
    }

    /** The settled events, in order, and the cursor after them. */
    record Settled(List<SequencedEvent> events, long cursor) {
    }

    static Settled after(long cursor, List<SequencedEvent> visible, Instant now, Duration grace) {
        List<SequencedEvent> settled = new ArrayList<>();
        long position = cursor;
        for (SequencedEvent event : visible) {
            boolean gap = event.seq() != position + 1;
            if (gap && event.event().occurredAt().plus(grace).isAfter(now)) {
                break;
            }
            settled.add(event);
            position = event.seq();
        }
        return new Settled(settled, position);
    }
}
