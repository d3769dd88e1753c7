package org.medmesh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.bench.network.BenchNetwork;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Charts.Line;
import org.medmesh.bench.report.Charts.Target;
import org.medmesh.bench.report.Charts;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;
import org.medmesh.bench.report.PerformanceReport;
import org.medmesh.bench.report.ReadReport;
import org.medmesh.bench.report.RiskReport;
import org.medmesh.bench.report.RunContext;
import org.medmesh.bench.report.ScaleReport;
import org.medmesh.bench.scale.ScaleScenario;
import org.medmesh.bench.scenario.Admissions;
import org.medmesh.bench.scenario.FootprintScenario;
import org.medmesh.bench.scenario.NotificationLatency;
import org.medmesh.bench.scenario.RawBridgeScenario;
import org.medmesh.bench.scenario.RawJdbcScenario;
import org.medmesh.bench.scenario.ReadPathScenario;
import org.medmesh.bench.scenario.ReplicationScenario;
import org.medmesh.bench.scenario.RiskScenario;
import org.medmesh.bench.scenario.WritePathScenario;
import org.medmesh.bench.scenario.WriteProfile;
import org.medmesh.bench.sealing.SealBenchmark;
import org.medmesh.bench.sealing.SealMeasurement;
import org.medmesh.client.StaffLogins;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.WardCalls;

/**
 * {@code bench/run}: a fresh three-hospital network from the launcher (hospA and hospB, whose start is measured, then
 * hospC; on the benchmark's own ports and work directory), the scenarios in order, then CSV, plots and the report. A
 * full run replaces {@code docs/performance.md} and {@code docs/performance/}; a smoke run writes only to its output
 * directory.
 */
public final class Bench {

    private static final Logger LOG = Logger.getLogger(Bench.class.getName());
    private static final List<String> HOSPITALS = List.of("hospA", "hospB", "hospC");
    /** The hospitals whose start is measured; the third joins after, and leaves to measure replication without it. */
    private static final String[] MEASURED = {"hospA", "hospB"};
    /** The report's names of {@link SealBenchmark}'s methods. */
    private static final Map<String, String> SEALS = Map.of(
            "sealAtTheOrigin", "sealing one change at its origin (Ed25519 over its canonical content; JMH, in process)",
            "verifyAtAPeer", "verifying one change's seal at a peer (JMH, in process)");
    /** Held so the level set here is not lost when the logger is garbage-collected. */
    private static final Logger ARTEMIS = Logger.getLogger("org.apache.activemq");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        ARTEMIS.setLevel(Level.WARNING);
        Path root = Path.of(System.getProperty("medmesh.root", ".")).toAbsolutePath().normalize();
        BenchSettings settings = BenchSettings.parse(root, args);
        if (List.of(args).contains("--report-only")) {
            publish(settings, BenchResults.readCsv(settings.out()), RunContext.read(root, settings.out()));
            return;
        }
        run(settings, "bench/run " + String.join(" ", args));
    }

    public static BenchResults run(BenchSettings settings, String command) throws Exception {
        System.setProperty("java.awt.headless", "true");
        RunContext context = RunContext.of(settings.root(), command.strip());
        BenchResults results = new BenchResults();
        BenchNetwork network = new BenchNetwork(settings.root(), settings.work(), settings.portBase(), HOSPITALS,
                settings.skipBuild());
        network.purge();
        try {
            Duration up = network.up(MEASURED);
            if (settings.runs(FootprintScenario.SCENARIO)) {
                results.add(new Fact(FootprintScenario.SCENARIO, "two hospitals from an empty work directory (./ehr "
                        + "up: databases, domains, deployment)",
                        String.format(Locale.ROOT, "%.1f", up.toMillis()
                                / 1e3),
                        "s"));
                FootprintScenario.coldStart(network, "hospA", results);
            }
            // A smoke run spares the third hospital's start (a domain made and deployed: over a minute of the build):
            // hospC is then down from the start, configured as a peer whose queue at A grows.
            boolean withC = settings.runs(ReplicationScenario.SCENARIO) && !settings.smoke();
            if (withC) {
                network.up("hospC");
            }
            HospitalNode a = network.node("hospA");
            HospitalNode b = network.node("hospB");
            boolean writes = settings.runs(WritePathScenario.SCENARIO);
            boolean reads = settings.runs(ReadPathScenario.SCENARIO);
            boolean replication = settings.runs(ReplicationScenario.SCENARIO);
            try (WardCalls ward = new WardCalls(a.httpBase())) {
                if (writes || reads || replication) {
                    List<Admission> admissions = Admissions.create(ward, nurse(ward, a), settings.patients(), 0);
                    if (writes) {
                        WritePathScenario.run(settings, a, ward, nurse(ward, a), admissions, results);
                        WriteProfile.run(a, ward, nurse(ward, a), admissions, results);
                        NotificationLatency.run(settings.smoke(), ward, signIn(ward, a, "doctor"),
                                signIn(ward, a, "pharmacist"), admissions, results);
                        RawJdbcScenario.run(settings, a, results);
                    }
                    if (reads) {
                        ReadPathScenario.run(settings, ward, nurse(ward, a), admissions, a, results);
                    }
                    if (replication) {
                        ReplicationScenario.run(settings, ward, nurse(ward, a), admissions, a, b, results);
                        if (withC) {
                            network.down("hospC");
                        }
                        ReplicationScenario.withAPeerDown(settings, ward, nurse(ward, a), admissions, a, b, results);
                    }
                }
                if (settings.runs(RiskScenario.SCENARIO)) {
                    RiskScenario.endToEnd(settings, ward, nurse(ward, a), results);
                }
            }
            if (replication) {
                RawBridgeScenario.run(settings, settings.work(), results);
                SealMeasurement.run(settings.work().resolve("channel"), settings.smoke()).forEach(
                        (method, sampled) -> results.add(new Fact(ReplicationScenario.SCENARIO, SEALS.get(method),
                                String.format(Locale.ROOT, "p50 %.1f µs, p99 %.1f µs (%d samples)",
                                        sampled.p50Micros(), sampled.p99Micros(), sampled.samples()),
                                "")));
            }
            if (settings.runs(FootprintScenario.SCENARIO)) {
                FootprintScenario.memory(a, results);
                FootprintScenario.memory(b, results);
            }
            if (settings.runs(ScaleScenario.SCENARIO)) {
                network.down("hospB");
                try (WardCalls ward = new WardCalls(a.httpBase())) {
                    ScaleScenario.run(settings, ward, nurse(ward, a),
                            ward.signIn(StaffLogins.withRole(a.staff(), "doctor")), a,
                            results);
                }
            }
        } finally {
            try {
                network.down();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not stop the benchmark network", e);
            }
        }
        if (settings.runs(RiskScenario.SCENARIO)) {
            RiskScenario.scoring(settings, results);
        }
        BenchResults merged = settings.only().containsAll(BenchSettings.SCENARIOS)
                ? results
                : results.over(earlier(settings), settings.only());
        publish(settings, merged, context);
        return merged;
    }

    /** The figures a partial run keeps: its output directory's last CSV files, or else the published report's. */
    private static BenchResults earlier(BenchSettings settings) throws IOException {
        for (Path directory : List.of(settings.out(), settings.root().resolve("docs/performance"))) {
            if (Files.exists(directory.resolve("figures.csv")) && Files.exists(directory.resolve("facts.csv"))) {
                LOG.info(() -> "keeping the figures of the scenarios not rerun from " + directory);
                return BenchResults.readCsv(directory);
            }
        }
        return new BenchResults();
    }

    private static String nurse(WardCalls ward, HospitalNode node) {
        return signIn(ward, node, "nurse");
    }

    private static String signIn(WardCalls ward, HospitalNode node, String role) {
        return ward.signIn(StaffLogins.withRole(node.staff(), role));
    }

    private static void publish(BenchSettings settings, BenchResults results, RunContext context) throws IOException {
        Path out = settings.out();
        results.writeCsv(out);
        context.write(out);
        plot(out, results);
        Path analysisFile = settings.root().resolve("bench/analysis.md");
        String analysis = Files.exists(analysisFile) ? Files.readString(analysisFile) : "";
        PerformanceReport.write(out.resolve("performance.md"), PerformanceReport.render(results, series(), context,
                ".", analysis));
        LOG.info(() -> "results in " + out);
        if (!settings.smoke()) {
            Path docs = settings.root().resolve("docs");
            Path plots = docs.resolve("performance");
            Files.createDirectories(plots);
            try (var files = Files.list(out)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".csv"))
                        .toList()) {
                    Files.copy(file, plots.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            PerformanceReport.write(docs.resolve("performance.md"), PerformanceReport.render(results, series(),
                    context, "performance", analysis));
            LOG.info(() -> "docs/performance.md updated");
        }
    }

    private static PerformanceReport.Series series() {
        return new PerformanceReport.Series(WritePathScenario.SCENARIO, WritePathScenario.REST,
                RawJdbcScenario.ONE_ROW, RawJdbcScenario.SAME_ROWS, new ReadReport.Names(ReadPathScenario.SCENARIO,
                        ReadPathScenario.REST_PATIENT, ReadPathScenario.REST_CHART, ReadPathScenario.REST_SEARCH,
                        ReadPathScenario.RAW_PATIENT),
                ReplicationScenario.SCENARIO,
                ReplicationScenario.WRITE, ReplicationScenario.LAG, ReplicationScenario.END_TO_END,
                RawBridgeScenario.BRIDGE, FootprintScenario.SCENARIO, new ScaleReport.Names(ScaleScenario.SCENARIO,
                        List.of(new ScaleReport.Pair("name search", ScaleScenario.REST_SEARCH,
                                ScaleScenario.RAW_SEARCH, 20),
                                new ScaleReport.Pair("MRN lookup", ScaleScenario.REST_MRN, ScaleScenario.RAW_MRN, 0),
                                new ScaleReport.Pair("GET patient", ScaleScenario.REST_PATIENT,
                                        ScaleScenario.RAW_PATIENT, 0),
                                new ScaleReport.Pair("chart", ScaleScenario.REST_CHART, ScaleScenario.RAW_CHART,
                                        100))),
                new RiskReport.Names(RiskScenario.SCENARIO, RiskScenario.SCORING, RiskScenario.WRITE,
                        RiskScenario.END_TO_END));
    }

    private static void plot(Path out, BenchResults results) throws IOException {
        String write = WritePathScenario.SCENARIO;
        Charts.plot(out, "write-throughput", "Write throughput: REST beside raw JDBC (same MariaDB)", "concurrency",
                "writes per second", results, List.of(
                        new Line("REST record observation", write, WritePathScenario.REST, Figure::perSecond),
                        new Line("raw JDBC, same rows", write, RawJdbcScenario.SAME_ROWS, Figure::perSecond),
                        new Line("raw JDBC, 1 row", write, RawJdbcScenario.ONE_ROW, Figure::perSecond)),
                List.of());
        Charts.plot(out, "write-latency", "Write latency (closed loop)", "concurrency", "milliseconds", results,
                List.of(new Line("REST p50", write, WritePathScenario.REST, Figure::p50Millis),
                        new Line("REST p99", write, WritePathScenario.REST, Figure::p99Millis),
                        new Line("raw JDBC same rows p99", write, RawJdbcScenario.SAME_ROWS, Figure::p99Millis)),
                List.of(new Target("target p99 50 ms", 50)));
        plotReads(out, results);
        String replication = ReplicationScenario.SCENARIO;
        Charts.plot(out, "replication-lag", "Replication lag A→B beside the raw bridge", "writes per second at A",
                "milliseconds", results, List.of(
                        new Line("lag p50", replication, ReplicationScenario.LAG, Figure::p50Millis),
                        new Line("lag p99", replication, ReplicationScenario.LAG, Figure::p99Millis),
                        new Line("raw bridge p50", replication, RawBridgeScenario.BRIDGE, Figure::p50Millis),
                        new Line("raw bridge p99", replication, RawBridgeScenario.BRIDGE, Figure::p99Millis)),
                List.of(new Target("target p99 250 ms", 250)));
        String scale = ScaleScenario.SCENARIO;
        Charts.plot(out, "scale-latency", "Lookup p99 as the hospital grows: REST beside raw SQL (same MariaDB)",
                "patients", "p99 milliseconds", results, List.of(
                        new Line("REST name search", scale, ScaleScenario.REST_SEARCH, Figure::p99Millis),
                        new Line("raw SQL name search", scale, ScaleScenario.RAW_SEARCH, Figure::p99Millis),
                        new Line("REST chart", scale, ScaleScenario.REST_CHART, Figure::p99Millis),
                        new Line("raw SQL chart", scale, ScaleScenario.RAW_CHART, Figure::p99Millis),
                        new Line("REST MRN lookup", scale, ScaleScenario.REST_MRN, Figure::p99Millis),
                        new Line("REST GET patient", scale, ScaleScenario.REST_PATIENT, Figure::p99Millis)),
                List.of(new Target("target search p99 50 ms", 50), new Target("target chart p99 100 ms", 100)),
                true);
        String risk = RiskScenario.SCENARIO;
        Charts.plot(out, "risk-latency", "Blood pressure recorded → its risk prediction stored, beside the write alone",
                "pressures recorded per second", "milliseconds", results, List.of(
                        new Line("to stored prediction p50", risk, RiskScenario.END_TO_END, Figure::p50Millis),
                        new Line("to stored prediction p99", risk, RiskScenario.END_TO_END, Figure::p99Millis),
                        new Line("REST write p50", risk, RiskScenario.WRITE, Figure::p50Millis),
                        new Line("REST write p99", risk, RiskScenario.WRITE, Figure::p99Millis)),
                List.of());
    }

    /** Both axes logarithmic: concurrency doubles from level to level, and raw reads are far apart from REST. */
    private static void plotReads(Path out, BenchResults results) throws IOException {
        String read = ReadPathScenario.SCENARIO;
        Charts.plot(out, "read-throughput", "Read throughput: REST lookups beside raw primary-key reads (same MariaDB)",
                "concurrency", "reads per second", results, List.of(
                        new Line("REST GET patient", read, ReadPathScenario.REST_PATIENT, Figure::perSecond),
                        new Line("REST chart", read, ReadPathScenario.REST_CHART, Figure::perSecond),
                        new Line("REST name search", read, ReadPathScenario.REST_SEARCH, Figure::perSecond),
                        new Line("raw JDBC patient by primary key", read, ReadPathScenario.RAW_PATIENT,
                                Figure::perSecond)),
                List.of(), true);
        Charts.plot(out, "read-latency", "Read latency p99 (closed loop)", "concurrency", "p99 milliseconds", results,
                List.of(new Line("REST GET patient", read, ReadPathScenario.REST_PATIENT, Figure::p99Millis),
                        new Line("REST chart", read, ReadPathScenario.REST_CHART, Figure::p99Millis),
                        new Line("REST name search", read, ReadPathScenario.REST_SEARCH, Figure::p99Millis),
                        new Line("raw JDBC patient by primary key", read, ReadPathScenario.RAW_PATIENT,
                                Figure::p99Millis)),
                List.of(new Target("target p99 50 ms", 50)), true);
    }
}
