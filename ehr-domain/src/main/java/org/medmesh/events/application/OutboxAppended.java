package org.medmesh.events.application;

/**
 * Fired (CDI) when an event is appended to the outbox in the current transaction. An observer with
 * {@code during = TransactionPhase.AFTER_SUCCESS} learns that it is committed and can be relayed now, instead of
 * waiting for the next poll; observers must not rely on it alone (a crash can come between commit and notice).
 *
 * @param aggregateType the kind of record that changed
 */
public record OutboxAppended(String aggregateType) {
}
