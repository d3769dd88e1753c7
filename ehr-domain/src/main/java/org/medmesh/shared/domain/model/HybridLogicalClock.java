package org.medmesh.shared.domain.model;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * One hospital's hybrid logical clock (Kulkarni et al.). {@link #now()} stamps a local change; {@link #receive(Hlc)}
 * merges the timestamp of a change from a peer, so that anything stamped afterwards here sorts after it, even when this
 * hospital's wall clock is behind. Thread-safe.
 */
public final class HybridLogicalClock {

    private final HospitalId hospital;
    private final LongSupplier wallClock;
    private long millis;
    private int counter;

    public HybridLogicalClock(HospitalId hospital, LongSupplier wallClockMillis) {
        this.hospital = Objects.requireNonNull(hospital, "hospital");
        this.wallClock = Objects.requireNonNull(wallClockMillis, "wall clock");
    }

    /** A clock that never goes back behind a timestamp it issued or saw before a restart. */
    public static HybridLogicalClock resumingAfter(HospitalId hospital, LongSupplier wallClockMillis, Hlc last) {
        HybridLogicalClock clock = new HybridLogicalClock(hospital, wallClockMillis);
        if (last != null) {
            clock.receive(last);
        }
        return clock;
    }

    /** The timestamp of a local change: later than everything this clock issued or received. */
    public synchronized Hlc now() {
        long wall = wallClock.getAsLong();
        if (wall > millis) {
            millis = wall;
            counter = 0;
        } else {
            counter++;
        }
        return new Hlc(millis, counter, hospital);
    }

    /** Merges a peer's timestamp; returns the local timestamp of receiving it. */
    public synchronized Hlc receive(Hlc remote) {
        long wall = wallClock.getAsLong();
        long next = Math.max(wall, Math.max(millis, remote.millis()));
        if (next == millis && next == remote.millis()) {
            counter = Math.max(counter, remote.counter()) + 1;
        } else if (next == millis) {
            counter++;
        } else if (next == remote.millis()) {
            counter = remote.counter() + 1;
        } else {
            counter = 0;
        }
        millis = next;
        return new Hlc(millis, counter, hospital);
    }

    public HospitalId hospital() {
        return hospital;
    }
}
