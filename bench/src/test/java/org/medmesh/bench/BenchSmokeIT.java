package org.medmesh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Figure;
import org.medmesh.bench.scale.ScaleScenario;
import org.medmesh.bench.scenario.FootprintScenario;
import org.medmesh.bench.scenario.RawBridgeScenario;
import org.medmesh.bench.scenario.RawJdbcScenario;
import org.medmesh.bench.scenario.ReadPathScenario;
import org.medmesh.bench.scenario.ReplicationScenario;
import org.medmesh.bench.scenario.RiskScenario;
import org.medmesh.bench.scenario.WritePathScenario;

/**
 * {@code bench/run --smoke} in miniature, in the build: a real two-hospital network from the launcher, every scenario
 * at tiny sizes (scale: 200 then 2,000 patients; risk: four blood pressures, each waited for until its prediction is
 * stored), and every output written. The third hospital is never started (a peer down throughout). The figures are not
 * judged (2 s windows say nothing); that each scenario measured something, lost nothing and produced its CSV, plots and
 * report is.
 */
class BenchSmokeIT {

    private static final Path ROOT = Path.of(System.getProperty("medmesh.root")).toAbsolutePath().normalize();
    private static final Path OUT = Path.of(System.getProperty("medmesh.bench.out"));

    @Test
    void everyScenarioMeasuresAndTheReportIsWritten() throws Exception {
        String docsBefore = docsReport();

        BenchResults results = Bench.run(BenchSettings.smoke(ROOT, OUT), "bench/run --smoke");

        for (List<String> series : List.of(List.of(WritePathScenario.SCENARIO, WritePathScenario.REST),
                List.of(WritePathScenario.SCENARIO, RawJdbcScenario.ONE_ROW),
                List.of(WritePathScenario.SCENARIO, RawJdbcScenario.SAME_ROWS),
                List.of(ReadPathScenario.SCENARIO, ReadPathScenario.REST_PATIENT),
                List.of(ReadPathScenario.SCENARIO, ReadPathScenario.REST_CHART),
                List.of(ReadPathScenario.SCENARIO, ReadPathScenario.REST_SEARCH),
                List.of(ReadPathScenario.SCENARIO, ReadPathScenario.RAW_PATIENT),
                List.of(ReplicationScenario.SCENARIO, ReplicationScenario.WRITE),
                List.of(ReplicationScenario.SCENARIO, ReplicationScenario.LAG),
                List.of(ReplicationScenario.SCENARIO, RawBridgeScenario.BRIDGE),
                List.of(RiskScenario.SCENARIO, RiskScenario.SCORING),
                List.of(RiskScenario.SCENARIO, RiskScenario.WRITE),
                List.of(RiskScenario.SCENARIO, RiskScenario.END_TO_END),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.REST_SEARCH),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.RAW_SEARCH),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.REST_MRN),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.REST_PATIENT),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.REST_CHART),
                List.of(ScaleScenario.SCENARIO, ScaleScenario.RAW_CHART))) {
            List<Figure> figures = results.series(series.get(0), series.get(1));
            assertThat(figures).as(series.toString()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.count()).as(series + " measured").isPositive())
                    .allSatisfy(f -> assertThat(f.failed()).as(series + " failed").isZero());
        }
        assertThat(results.facts()).extracting(f -> f.scenario() + ": " + f.value())
                .anyMatch(text -> text.startsWith(ReplicationScenario.SCENARIO) && text.endsWith(", 0, 0"));
        assertThat(results.facts()).as("replication measured again with hospC down, nothing lost")
                .filteredOn(f -> f.name().startsWith(ReplicationScenario.PEER_DOWN)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.value()).endsWith("lost 0, duplicated 0"));
        assertThat(results.facts()).as("sealing and verifying measured").filteredOn(f -> f.scenario()
                .equals(ReplicationScenario.SCENARIO)).extracting(f -> f.name()).anyMatch(n -> n.startsWith(
                        "sealing one change"))
                .anyMatch(n -> n.startsWith("verifying one change"));
        assertThat(results.fact(FootprintScenario.SCENARIO, FootprintScenario.COLD_START + ": hospA")).isPresent();
        assertThat(results.fact(FootprintScenario.SCENARIO, FootprintScenario.NODE_RSS + ": hospB")).isPresent();

        assertThat(results.series(ScaleScenario.SCENARIO, ScaleScenario.REST_CHART)).extracting(Figure::x)
                .as("every size measured, growing").containsExactly(200.0, 2000.0);
        assertThat(results.fact(ScaleScenario.SCENARIO, "bulk load to 2000 patients")).isPresent();

        assertThat(Files.readAllLines(OUT.resolve("figures.csv"))).hasSizeGreaterThan(6);
        for (String plot : List.of("write-throughput.png", "write-latency.png", "read-throughput.png",
                "read-latency.png", "replication-lag.png",
                "risk-latency.png", "scale-latency.png")) {
            byte[] png = Files.readAllBytes(OUT.resolve(plot));
            assertThat(png).as(plot).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(Files.readString(OUT.resolve("performance.md")))
                .contains("## 1. Write path", "## 2. Read path", "| read path (GET patient), knee at concurrency ",
                        "## 3. Replication lag", "## 4. Scale", "## 5. Risk scoring",
                        "| risk: observation → stored prediction at 2/s |", "## 6. Footprint",
                        "| 1 |",
                        "| 2k | chart |");
        assertThat(docsReport()).as("a smoke run leaves docs/performance.md alone").isEqualTo(docsBefore);
    }

    private static String docsReport() throws java.io.IOException {
        Path report = ROOT.resolve("docs/performance.md");
        return Files.exists(report) ? Files.readString(report) : "";
    }
}
