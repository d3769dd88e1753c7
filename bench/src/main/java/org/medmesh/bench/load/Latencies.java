package org.medmesh.bench.load;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency distribution recorded in microseconds (three significant digits, up to an hour), read in milliseconds. */
public final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.HOURS.toMicros(1), 3);

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.min(Math.max(0, nanos / 1_000), histogram.getHighestTrackableValue()));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at a percentile (0–100) in milliseconds; 0 when nothing was recorded. */
    public double percentileMillis(double percentile) {
        return count() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    public double maxMillis() {
        return count() == 0 ? 0 : histogram.getMaxValue() / 1_000.0;
    }
}
