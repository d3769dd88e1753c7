package org.medmesh.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How big and how long a run is. {@link #full} is the documented run (about 25 minutes on 2 cores, plus the scale
 * scenario's loads); {@link #smoke} is the same harness in seconds with tiny sizes, which the build runs so the harness
 * cannot rot.
 *
 * @param root the project's root (where {@code ./ehr} is)
 * @param out where CSV files, plots and the report go
 * @param work the launcher's work directory for the benchmark's network
 * @param portBase the network's port base (hospA at +0, hospB at +1000)
 * @param skipBuild use the EAR already built instead of letting the launcher build it
 * @param smoke a smoke run: its report does not replace {@code docs/performance.md}
 * @param patients admissions created for the write and read scenarios
 * @param concurrency concurrency levels of the write and read paths
 * @param warmUp warm-up before each measured window
 * @param writeWindow measured window of each write-path and read-path level (REST and raw JDBC alike)
 * @param rates sustained write rates of the replication scenario, per second
 * @param rateWindow measured window of each rate
 * @param scale the scale scenario's sizes, rate and window
 * @param only the scenarios to run ({@link #SCENARIOS}); the report keeps the others' figures from the last run
 */
public record BenchSettings(Path root, Path out, Path work, int portBase, boolean skipBuild, boolean smoke,
        int patients, List<Integer> concurrency, Duration warmUp, Duration writeWindow, List<Integer> rates,
        Duration rateWindow, Scale scale, Set<String> only) {

    /** The scenarios {@code --only} can name. */
    public static final List<String> SCENARIOS = List.of("write", "read", "replication", "risk", "footprint",
            "scale");

    /**
     * The scale scenario's settings.
     *
     * @param sizes patient counts, growing; the database is topped up from one to the next
     * @param rate lookups per second, for REST and raw SQL alike
     * @param window measured window of each lookup at each size
     */
    public record Scale(List<Integer> sizes, int rate, Duration window) {
    }

    public BenchSettings {
        only = Set.copyOf(only);
        if (!SCENARIOS.containsAll(only)) {
            throw new IllegalArgumentException("--only takes " + String.join(",", SCENARIOS) + ", not " + only);
        }
    }

    public static BenchSettings full(Path root, Path out) {
        return new BenchSettings(root, out, root.resolve("bench/target/work"), 28000, false, false, 200,
                List.of(1, 2, 4, 8, 16, 32), Duration.ofSeconds(5), Duration.ofSeconds(20),
                List.of(25, 50, 100, 200, 300, 500), Duration.ofSeconds(30),
                new Scale(List.of(10_000, 100_000, 1_000_000), 25, Duration.ofSeconds(15)), Set.copyOf(SCENARIOS));
    }

    public static BenchSettings smoke(Path root, Path out) {
        return new BenchSettings(root, out, out.resolve("work"), 30000, true, true, 4, List.of(1, 2),
                Duration.ofMillis(300), Duration.ofSeconds(2), List.of(20), Duration.ofSeconds(2),
                new Scale(List.of(200, 2_000), 20, Duration.ofSeconds(1)), Set.copyOf(SCENARIOS));
    }

    public boolean runs(String scenario) {
        return only.contains(scenario);
    }

    public List<Integer> sizes() {
        return scale.sizes();
    }

    public int scaleRate() {
        return scale.rate();
    }

    public Duration scaleWindow() {
        return scale.window();
    }

    /**
     * Reads {@code --smoke}, {@code --out DIR}, {@code --skip-build}, {@code --rates 50,100},
     * {@code --sizes 10000,100000}, {@code --only write,scale}, ...
     */
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
        List<Integer> sizes = valueOf(list, "--sizes").map(BenchSettings::integers).orElse(settings.sizes());
        Set<String> only = valueOf(list, "--only").map(csv -> Set.of(csv.split(",")).stream().map(String::strip)
                .collect(java.util.stream.Collectors.toSet())).orElse(settings.only);
        return new BenchSettings(settings.root, settings.out, settings.work, settings.portBase, settings.skipBuild,
                settings.smoke, settings.patients, concurrency, settings.warmUp,
                window == null ? settings.writeWindow : window, rates, window == null ? settings.rateWindow : window,
                new Scale(sizes, settings.scale.rate(), settings.scale.window()), only);
    }

    private BenchSettings withSkipBuild() {
        return new BenchSettings(root, out, work, portBase, true, smoke, patients, concurrency, warmUp, writeWindow,
                rates, rateWindow, scale, only);
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
