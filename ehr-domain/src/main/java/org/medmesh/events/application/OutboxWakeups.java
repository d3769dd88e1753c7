package org.medmesh.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the readers of the outbox (the sync relay, the analytics feed) that a transaction which appended to it has
 * committed, so they read now instead of at their next poll. A plain CDI bean, not an EJB: the notice comes after the
 * transaction completed, where an EJB call would try to resume it. A notice lost in a crash only delays a reader until
 * its next poll; what a reader does when woken must return at once (hand the work to its own thread).
 */
@ApplicationScoped
public class OutboxWakeups {

    private final List<Runnable> readers = new CopyOnWriteArrayList<>();

    /** A reader starts: {@code wake} is run after every commit that appended to the outbox. */
    public void register(Runnable wake) {
        readers.add(wake);
    }

    /** A reader stops: the same {@code wake} it registered. */
    public void unregister(Runnable wake) {
        readers.remove(wake);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        readers.forEach(Runnable::run);
    }
}
