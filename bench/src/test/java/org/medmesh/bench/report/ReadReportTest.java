package org.medmesh.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReadReportTest {

    private static final ReadReport.Names READ = new ReadReport.Names("read", "GET patient", "chart", "search",
            "raw PK");
    private static final PerformanceReport.Series NAMES = new PerformanceReport.Series("write", "REST", "raw 1",
            "raw same", READ, "replication", "write", "lag", "e2e", "bridge", "footprint",
            new ScaleReport.Names("scale", List.of()), new RiskReport.Names("risk", "scoring", "write", "e2e"));
    private static final RunContext CONTEXT = new RunContext(Instant.parse("2026-12-05T10:00:00Z"),
            "bench/run --only read", Map.of(), Map.of());

    @Test
    void shouldSummariseGetPatientAtItsKneeBesideRawReadsAtTheSameConcurrency() {
        BenchResults results = new BenchResults();
        results.add(figure("GET patient", 1, 300, 8));
        results.add(figure("GET patient", 2, 560, 12));
        results.add(figure("GET patient", 4, 600, 30));
        results.add(figure("raw PK", 1, 4000, 0.5));
        results.add(figure("raw PK", 2, 5000, 0.8));
        results.add(figure("raw PK", 4, 9000, 1.5));

        String report = render(results);

        assertThat(report).contains("| read path (GET patient), knee at concurrency 2 | 560/s, p99 12.0 ms | "
                + "5000/s raw (primary key), p99 0.8 ms | 0.11× | ≥ 0.1×, p99 < 50 ms | yes |");
    }

    @Test
    void shouldMissTheTargetWhenTheP99AtTheKneeIsTooHigh() {
        BenchResults results = new BenchResults();
        results.add(figure("GET patient", 8, 900, 75));
        results.add(figure("raw PK", 8, 6000, 2));

        assertThat(render(results)).contains("| 0.15× | ≥ 0.1×, p99 < 50 ms | **no** |");
    }

    @Test
    void shouldTabulateEveryLookupPerConcurrency() {
        BenchResults results = new BenchResults();
        results.add(figure("GET patient", 4, 600, 30));
        results.add(figure("chart", 4, 200, 45));
        results.add(figure("search", 4, 400, 35));
        results.add(figure("raw PK", 4, 6000, 1.5));
        results.add(new Fact("read", "names searched", "Pat", ""));

        String report = render(results);

        assertThat(report).contains("## 2. Read path: REST lookups beside raw primary-key reads",
                "| 4 | 600 | 15.0 | 30.0 | 200 | 45.0 | 400 | 35.0 | 6000 | 1.5 | 0.10× |", "- names searched: Pat",
                "![read throughput](performance/read-throughput.png)");
    }

    @Test
    void shouldNumberTheSectionsAfterTheReadPath() {
        String report = render(new BenchResults());

        assertThat(report).contains("| read path (GET patient) | not measured |", "Not measured in this run.")
                .containsSubsequence("## 1. Write path", "## 2. Read path", "## 3. Replication lag", "## 4. Scale",
                        "## 5. Risk scoring", "## 6. Footprint");
    }

    private static Figure figure(String series, double concurrency, double perSecond, double p99) {
        return new Figure("read", series, concurrency, perSecond, p99 / 2, p99, p99 * 2, 1000, 0);
    }

    private static String render(BenchResults results) {
        return PerformanceReport.render(results, NAMES, CONTEXT, "performance", "");
    }
}
