package org.medmesh.notification.application;

/**
 * Fired (CDI) when a notification was stored in the current transaction; observed after success by the fan-out, which
 * then gives its recipients their inbox entries at once instead of at its next poll.
 */
public record NotificationStored() {
}
