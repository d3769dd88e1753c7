package org.medmesh.bench.load;

/**
 * What a load run measured: the latencies of the operations that completed, how many failed, and over how long.
 *
 * @param latencies latency of each successful operation
 * @param completed successful operations
 * @param failed operations that threw or answered an error
 * @param seconds length of the measured window
 * @param firstError the first failure's message, or null
 */
public record LoadResult(Latencies latencies, long completed, long failed, double seconds, String firstError) {

    public double perSecond() {
        return seconds <= 0 ? 0 : completed / seconds;
    }
}
