package org.medmesh.analytics.domain.model;

/** The analytics feed's own position in the outbox, one row in the database. */
public interface FeedCursor {

    /** Locks the position for the current transaction (one feed at a time per hospital) and returns it. */
    long lock();

    /** Moves the position, in the current transaction. */
    void advance(long seq);
}
