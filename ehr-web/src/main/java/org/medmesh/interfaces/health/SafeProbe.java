package org.medmesh.interfaces.health;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs a readiness probe so that it reports DOWN instead of failing: while the application is still starting, its
 * services may not be callable yet, and a health endpoint must still answer 503, never 500.
 */
final class SafeProbe {

    private SafeProbe() {
    }

    static <S> S probe(Supplier<S> check, BiFunction<Boolean, String, S> status) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return status.apply(false, "not available yet: " + e.getClass().getSimpleName());
        }
    }
}
