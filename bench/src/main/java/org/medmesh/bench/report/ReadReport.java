package org.medmesh.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The read scenario's part of the report: its summary row (GET patient at its knee beside raw primary-key reads at the
 * same concurrency) and its section, a table per concurrency of every lookup beside the raw reads.
 */
public final class ReadReport {

    /** Names of the read scenario's series: the REST lookups and their raw limit. */
    public record Names(String scenario, String restPatient, String restChart, String restSearch,
            String rawPatient) {
    }

    private static final double TARGET_RATIO = 0.1;
    private static final double TARGET_P99 = 50;

    private final BenchResults results;
    private final Names names;
    private final Consumer<String> line;

    ReadReport(BenchResults results, Names names, Consumer<String> line) {
        this.results = results;
        this.names = names;
        this.line = line;
    }

    void summaryRow() {
        Optional<Figure> knee = PerformanceReport.knee(results.series(names.scenario(), names.restPatient()));
        if (knee.isEmpty()) {
            line.accept("| read path (GET patient) | not measured | — | — | ≥ 0.1×, p99 < 50 ms | — |");
            return;
        }
        Figure rest = knee.get();
        Optional<Figure> raw = at(names.rawPatient(), rest.x());
        double ratio = raw.map(r -> rest.perSecond() / r.perSecond()).orElse(Double.NaN);
        boolean met = ratio >= TARGET_RATIO && rest.p99Millis() < TARGET_P99;
        line.accept(String.format(Locale.ROOT, "| read path (GET patient), knee at concurrency %s | %.0f/s, p99 %.1f "
                + "ms | %s | %.2f× | ≥ 0.1×, p99 < 50 ms | %s |", BenchResults.number(rest.x()), rest.perSecond(),
                rest.p99Millis(), raw.map(r -> String.format(Locale.ROOT, "%.0f/s raw (primary key), p99 %.1f ms",
                        r.perSecond(), r.p99Millis())).orElse("—"),
                ratio, met ? "yes" : "**no**"));
    }

    void section(String plots) {
        line.accept("## 2. Read path: REST lookups beside raw primary-key reads");
        line.accept("");
        List<Double> levels = levels();
        if (levels.isEmpty()) {
            line.accept("Not measured in this run.");
            line.accept("");
            return;
        }
        line.accept("Closed loop at hospital A, as for writes, over the patients admitted for the write path "
                + "(after its writes when it runs, so their charts hold its observations; how many, below). "
                + "REST = a nurse's bearer token and one lookup of a random admitted patient: `GET "
                + "/patients/{id}`, its `/chart`, or a name search `?name=` with a three-letter prefix of an "
                + "admitted patient's family name (first page of 20); each must answer 200. Every answered REST "
                + "read is audited: it appends a hash-chained audit entry (a search also the patients its page "
                + "showed), which the raw reads do not. Raw = the same MariaDB server, one connection per "
                + "worker, the same patients' rows by primary key (`SELECT` of every column of `patient` `WHERE "
                + "id = ?`, prepared once per connection), every column read. Each level measures the four in "
                + "turn.");
        line.accept("");
        line.accept("| concurrency | GET patient ops/s | GET patient p50 ms | GET patient p99 ms | chart ops/s "
                + "| chart p99 ms | name search ops/s | name search p99 ms | raw PK ops/s | raw PK p99 ms "
                + "| GET patient ÷ raw PK |");
        line.accept("|---|---|---|---|---|---|---|---|---|---|---|");
        for (double x : levels) {
            Optional<Figure> patient = at(names.restPatient(), x);
            Optional<Figure> chart = at(names.restChart(), x);
            Optional<Figure> search = at(names.restSearch(), x);
            Optional<Figure> raw = at(names.rawPatient(), x);
            line.accept(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                    BenchResults.number(x), PerformanceReport.rate(patient), PerformanceReport.p(patient, 50),
                    PerformanceReport.p(patient, 99), PerformanceReport.rate(chart), PerformanceReport.p(chart, 99),
                    PerformanceReport.rate(search), PerformanceReport.p(search, 99), PerformanceReport.rate(raw),
                    PerformanceReport.p(raw, 99), patient.isPresent() && raw.isPresent()
                            ? String.format(Locale.ROOT, "%.2f×", patient.get().perSecond() / raw.get().perSecond())
                            : "—"));
        }
        line.accept("");
        boolean facts = false;
        for (Fact fact : results.facts()) {
            if (fact.scenario().equals(names.scenario())) {
                line.accept("- " + fact.name() + ": " + fact.value() + (fact.unit().isEmpty()
                        ? ""
                        : " "
                                + fact.unit()));
                facts = true;
            }
        }
        if (facts) {
            line.accept("");
        }
        line.accept("![read throughput](" + plots + "/read-throughput.png)");
        line.accept("![read latency](" + plots + "/read-latency.png)");
        line.accept("");
    }

    private List<Double> levels() {
        TreeSet<Double> levels = new TreeSet<>();
        results.figures().stream().filter(f -> f.scenario().equals(names.scenario())).forEach(f -> levels.add(f.x()));
        return List.copyOf(levels);
    }

    private Optional<Figure> at(String series, double x) {
        return results.series(names.scenario(), series).stream().filter(f -> f.x() == x).findFirst();
    }
}
