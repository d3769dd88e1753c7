package org.medmesh.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How big and how long a run is. {@link #full} is the documented run (about 15 minutes on 2 cores); {@link #smoke} is
 * the same harness in seconds with tiny sizes, which the build runs so the harness cannot rot.
 *
 * @param root the project's root (where {@code ./ehr} is)
 * @param out where CSV files, plots and the report go
 * @param work the launcher's work directory for the benchmark's network
 * @param portBase the network's port base (hospA at +0, hospB at +1000)
 * @param skipBuild use the EAR already built instead of letting the launcher build it
 * @param smoke a smoke run: its report does not replace {@code docs/performance.md}
 * @param patients admissions created for the write scenarios
 * @param concurrency concurrency levels of the write path
 * @param warmUp warm-up before each measured window
 * @param writeWindow measured window of each write-path level (REST and raw JDBC)
 * @param rates sustained write rates of the replication scenario, per second
 * @param rateWindow measured window of each rate
 */
public record BenchSettings(Path root, Path out, Path work, int portBase, boolean skipBuild, boolean smoke,
        int patients, List<Integer> concurrency, Duration warmUp, Duration writeWindow, List<Integer> rates,
        Duration rateWindow) {

    public static BenchSettings full(Path root, Path out) {
        return new BenchSettings(root, out, root.resolve("bench/target/work"), 28000, false, false, 200,
                List.of(1, 2, 4, 8, 16, 32), Duration.ofSeconds(5), Duration.ofSeconds(20),
                List.of(25, 50, 100, 200, 300, 500), Duration.ofSeconds(30));
    }

    public static BenchSettings smoke(Path root, Path out) {
        return new BenchSettings(root, out, out.resolve("work"), 30000, true, true, 4, List.of(1, 2),
                Duration.ofMillis(300), Duration.ofSeconds(2), List.of(20), Duration.ofSeconds(2));
    }

    /** Reads {@code --smoke}, {@code --out DIR}, {@code --skip-build}, {@code --rates 50,100}, ... */
    public static BenchSettings parse(Path root, String... args) {
        List<String> list = Arrays.asList(args);
        Path out = valueOf(list, "--out").map(Path::of).orElse(root.resolve("bench/results/latest"));
        BenchSettings settings = list.contains("--smoke") ? smoke(root, out) : full(root, out);
        if (list.contains("--skip-build")) {
            settings = settings.withSkipBuild();
        }
        List<Integer> rates = valueOf(list, "--rates").map(BenchSettings::integers).orElse(settings.rates);
        List<Integer> concurrency = valueOf(list, "--concurrency").map(BenchSettings::integers)
                .orElse(settings.concurrency);
        Duration window = valueOf(list, "--window-seconds").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .orElse(null);
        return new BenchSettings(settings.root, settings.out, settings.work, settings.portBase, settings.skipBuild,
                settings.smoke, settings.patients, concurrency, settings.warmUp,
                window == null ? settings.writeWindow : window, rates, window == null ? settings.rateWindow : window);
    }

    private BenchSettings withSkipBuild() {
        return new BenchSettings(root, out, work, portBase, true, smoke, patients, concurrency, warmUp, writeWindow,
                rates, rateWindow);
    }

    private static java.util.Optional<String> valueOf(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return java.util.Optional.of(args.get(at + 1));
    }

    private static List<Integer> integers(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
