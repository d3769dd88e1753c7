package org.medmesh.bench.sealing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link SealBenchmark} through JMH's runner: a full run forks a JVM (5 warm-up and 5 measured iterations of a
 * second per method), a smoke run measures in this JVM for a fraction of a second — enough to prove the harness, not to
 * quote.
 */
public final class SealMeasurement {

    private SealMeasurement() {
    }

    /** Latencies of one call in microseconds, as JMH sampled them. */
    public record Sampled(long samples, double p50Micros, double p99Micros) {
    }

    /** Per benchmark method ({@code sealAtTheOrigin}, {@code verifyAtAPeer}), with the keys under {@code channel}. */
    public static Map<String, Sampled> run(Path channel, boolean smoke) throws RunnerException {
        Options options = new OptionsBuilder().include(SealBenchmark.class.getName() + ".")
                .param("channel", channel.toString())
                .forks(smoke ? 0 : 1).threads(1).shouldDoGC(false)
                .warmupIterations(smoke ? 1 : 5).warmupTime(TimeValue.milliseconds(smoke ? 200 : 1_000))
                .measurementIterations(smoke ? 1 : 5).measurementTime(TimeValue.milliseconds(smoke ? 300 : 1_000))
                .verbosity(VerboseMode.SILENT).build();
        Map<String, Sampled> sampled = new LinkedHashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String method = result.getParams().getBenchmark();
            Statistics statistics = result.getPrimaryResult().getStatistics();
            sampled.put(method.substring(method.lastIndexOf('.') + 1), new Sampled(statistics.getN(),
                    statistics.getPercentile(50), statistics.getPercentile(99)));
        }
        return sampled;
    }
}
