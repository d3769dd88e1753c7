package org.medmesh.identity.domain.model;

import java.time.Duration;
import java.util.Objects;

/** How many consecutive failed sign-ins lock a username, and for how long. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("the number of failed sign-ins before a lock must be at least 1");
        }
        Objects.requireNonNull(lockDuration, "lock duration");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("the lock duration must be positive");
        }
    }
}
