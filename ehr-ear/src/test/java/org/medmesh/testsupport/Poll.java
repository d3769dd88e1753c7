package org.medmesh.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/** Waits for a condition with a deadline, checking every 100 ms: tests never sleep a fixed time. */
public final class Poll {

    private Poll() {
    }

    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
