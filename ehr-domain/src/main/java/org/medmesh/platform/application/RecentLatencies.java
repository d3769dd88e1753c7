package org.medmesh.platform.application;

import java.time.Duration;
import java.util.Arrays;

/**
 * The latest {@code capacity} durations of something, for percentile gauges: what an operator sees is how the node does
 * now, not since it started. Thread-safe; a read copies and sorts at most {@code capacity} longs.
 */
public final class RecentLatencies {

    private final long[] nanos;
    private int next;
    private int size;

    public RecentLatencies(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.nanos = new long[capacity];
    }

    public synchronized void record(Duration took) {
        nanos[next] = Math.max(0, took.toNanos());
        next = (next + 1) % nanos.length;
        size = Math.min(size + 1, nanos.length);
    }

    /**
     * The nearest-rank percentile of the recorded durations in seconds ({@code 0 < percent <= 100}), or 0 before the
     * first.
     */
    public double percentileSeconds(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]");
        }
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(nanos, size);
        }
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e9;
    }
}
