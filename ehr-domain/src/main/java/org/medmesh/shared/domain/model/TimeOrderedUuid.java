package org.medmesh.shared.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds followed by random bits, so identifiers created at
 * any hospital are globally unique and sort roughly by creation time (index-friendly).
 */
public final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuid() {
    }

    /** A new version 7 UUID stamped with the system clock. */
    public static UUID next() {
        return next(Clock.systemUTC());
    }

    /** A new version 7 UUID stamped with the given clock (tests use a fixed clock). */
    public static UUID next(Clock clock) {
        long millis = clock.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16;
        high |= 0x7000L; // version 7
        high |= ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xFFL);
        }
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low);
    }

    /** The creation time in Unix milliseconds encoded in a version 7 UUID. */
    public static long timestampOf(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}
