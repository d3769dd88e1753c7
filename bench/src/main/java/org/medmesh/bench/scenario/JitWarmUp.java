package org.medmesh.bench.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import org.medmesh.bench.load.ClosedLoopLoad;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;

/**
 * Load before a measurement until the server's JIT compilers are quiet: rounds of closed-loop load until a round in
 * which the compiler threads used less than a tenth of one core (or the time allowed is up). On two cores the C2
 * compiler took half the machine for minutes after start, so figures taken earlier measured the compiler, not the
 * steady state a hospital's node runs in.
 */
public final class JitWarmUp {

    private static final Logger LOG = Logger.getLogger(JitWarmUp.class.getName());
    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final double QUIET_SHARE_OF_A_CORE = 0.1;

    private JitWarmUp() {
    }

    /** Loads until the compilers are quiet, for at least {@code atLeast} and at most {@code atMost}. */
    public static void run(Path serverPidFile, String scenario, Duration atLeast, Duration atMost, int workers,
            ClosedLoopLoad.Operation operation, BenchResults results) throws InterruptedException, IOException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        double share;
        do {
            long before = compilerTicks(serverPidFile);
            long roundStart = System.nanoTime();
            Duration round = atLeast.compareTo(ROUND) < 0 ? atLeast : ROUND;
            ClosedLoopLoad.run(workers, Duration.ZERO, round, operation);
            double seconds = (System.nanoTime() - roundStart) / 1e9;
            share = (compilerTicks(serverPidFile) - before) / ThreadTicks.PER_SECOND / seconds;
            double logged = share;
            LOG.info(() -> String.format(Locale.ROOT, "%s warm-up: the JIT compilers used %.2f of a core", scenario,
                    logged));
        } while ((share >= QUIET_SHARE_OF_A_CORE || System.nanoTime() - started < atLeast.toNanos())
                && System.nanoTime() < deadline);
        results.add(new Fact(scenario, "warm-up until the JIT compilers used < " + QUIET_SHARE_OF_A_CORE
                + " of a core (at most " + atMost.toSeconds() + " s)",
                String.format(Locale.ROOT, "%.0f s, last "
                        + "round %.2f of a core", (System.nanoTime() - started) / 1e9, share),
                ""));
    }

    private static long compilerTicks(Path serverPidFile) throws IOException {
        return ThreadTicks.byName(serverPidFile).entrySet().stream()
                .filter(thread -> thread.getKey().contains("CompilerThre"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
