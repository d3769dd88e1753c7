package org.medmesh.analytics.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.medmesh.events.application.OutboxAppended;

/**
 * Wakes the analytics feed when a transaction that appended to the outbox has committed. A plain CDI bean: the notice
 * comes after the transaction completed, where an EJB call would try to resume it. A lost notice (a crash) only delays
 * the feed until its next poll.
 */
@ApplicationScoped
public class FeedCommitNotices {

    private volatile Runnable wake;

    void onCommit(Runnable wake) {
        this.wake = wake;
    }

    void stop() {
        wake = null;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        Runnable current = wake;
        if (current != null) {
            current.run();
        }
    }
}
