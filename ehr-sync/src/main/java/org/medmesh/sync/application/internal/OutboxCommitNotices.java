package org.medmesh.sync.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.medmesh.events.application.OutboxAppended;

/**
 * Turns "a transaction that appended to the outbox has committed" into one run of the relay's drain on the relay's
 * executor, however many notices arrive meanwhile. A plain CDI bean, not an EJB: the notice comes after the transaction
 * completed, where an EJB call would try to resume it.
 */
@ApplicationScoped
public class OutboxCommitNotices {

    private volatile Runnable wake;

    /** Called by the relay once it runs: what wakes it (must return at once). */
    void onCommit(Runnable wake) {
        this.wake = wake;
    }

    /** Called by the relay when it stops. */
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
