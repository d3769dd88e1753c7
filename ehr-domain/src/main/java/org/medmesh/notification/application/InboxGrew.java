package org.medmesh.notification.application;

/**
 * Fired (CDI) when the fan-out gave people new inbox entries in the current transaction; observed after success by the
 * live streams, which then send them at once instead of at their next poll.
 */
public record InboxGrew() {
}
