package org.medmesh.bench.report;

import org.medmesh.bench.load.LoadResult;

/**
 * One measured point of a series: e.g. REST writes at concurrency 16, or replication lag at 200 writes/s.
 *
 * @param scenario write, replication, ...
 * @param series what was measured (one line in a plot)
 * @param x the load level (concurrency or rate)
 * @param perSecond operations completed per second
 * @param p50Millis median latency
 * @param p99Millis 99th-percentile latency
 * @param maxMillis largest latency
 * @param count operations measured
 * @param failed operations that failed
 */
public record Figure(String scenario, String series, double x, double perSecond, double p50Millis, double p99Millis,
        double maxMillis, long count, long failed) {

    public static Figure of(String scenario, String series, double x, LoadResult result) {
        return new Figure(scenario, series, x, result.perSecond(), result.latencies().percentileMillis(50),
                result.latencies().percentileMillis(99), result.latencies().maxMillis(), result.completed(),
                result.failed());
    }
}
