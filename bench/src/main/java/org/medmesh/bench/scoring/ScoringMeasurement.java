package org.medmesh.bench.scoring;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ScoringBenchmark} through JMH's runner: a full run forks a JVM (5 warm-up and 5 measured iterations of a
 * second), a smoke run measures in this JVM for a fraction of a second — enough to prove the harness, not to quote.
 */
public final class ScoringMeasurement {

    private ScoringMeasurement() {
    }

    /** Latencies of one scoring call in microseconds, as JMH sampled them. */
    public record Sampled(long samples, double p50Micros, double p99Micros, double maxMicros, double meanMicros) {
    }

    public static Sampled run(boolean smoke) throws RunnerException {
        Options options = new OptionsBuilder().include(ScoringBenchmark.class.getName() + ".")
                .forks(smoke ? 0 : 1).threads(1).shouldDoGC(false)
                .warmupIterations(smoke ? 1 : 5).warmupTime(TimeValue.milliseconds(smoke ? 200 : 1_000))
                .measurementIterations(smoke ? 1 : 5).measurementTime(TimeValue.milliseconds(smoke ? 300 : 1_000))
                .verbosity(VerboseMode.SILENT).build();
        RunResult result = new Runner(options).runSingle();
        Statistics statistics = result.getPrimaryResult().getStatistics();
        return new Sampled(statistics.getN(), statistics.getPercentile(50), statistics.getPercentile(99),
                statistics.getMax(), statistics.getMean());
    }
}
