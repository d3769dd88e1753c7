package org.medmesh.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The scale scenario's part of the report: its summary rows and its section. */
public final class ScaleReport {

    /** Names of the scale scenario's series: each REST lookup and its raw-SQL limit. */
    public record Names(String scenario, List<Pair> lookups) {
    }

    /**
     * One lookup: the REST series, its raw-SQL series, and its target p99 (0 when it has none).
     *
     * @param label how the report names it
     * @param rest the REST series
     * @param raw the raw SQL series
     * @param targetP99 the p99 to stay under at the largest size, in ms (0: no target)
     */
    public record Pair(String label, String rest, String raw, double targetP99) {
    }

    private static final double GROWTH_TARGET = 2;

    private final BenchResults results;
    private final Names names;
    private final Consumer<String> line;

    ScaleReport(BenchResults results, Names names, Consumer<String> line) {
        this.results = results;
        this.names = names;
        this.line = line;
    }

    void summaryRows() {
        List<Double> sizes = sizes();
        if (sizes.isEmpty()) {
            line.accept("| scale: search, chart at 1M patients | not measured | — | — | p99 < 20 / 100 ms, growth < 2× "
                    + "| — |");
            return;
        }
        double smallest = sizes.get(0);
        double largest = sizes.get(sizes.size() - 1);
        for (Pair pair : names.lookups()) {
            if (pair.targetP99() <= 0) {
                continue;
            }
            Optional<Figure> rest = at(pair.rest(), largest);
            Optional<Figure> raw = at(pair.raw(), largest);
            Optional<Figure> first = at(pair.rest(), smallest);
            if (rest.isEmpty()) {
                continue;
            }
            double growth = first.map(f -> rest.get().p99Millis() / Math.max(0.001, f.p99Millis())).orElse(Double.NaN);
            boolean met = rest.get().p99Millis() < pair.targetP99() && growth < GROWTH_TARGET
                    && rest.get().failed() == 0;
            line.accept(String.format(Locale.ROOT, "| scale: %s at %s patients | p99 %.1f ms, %.1f× the p99 at %s "
                    + "| raw SQL p99 %s | %s | p99 < %.0f ms, growth < 2× | %s |", pair.label(), count(largest),
                    rest.get().p99Millis(), growth, count(smallest), raw.map(r -> String.format(Locale.ROOT, "%.1f ms",
                            r.p99Millis())).orElse("—"),
                    raw.map(r -> String.format(Locale.ROOT, "%.0f×", rest.get().p99Millis()
                            / Math.max(0.001, r.p99Millis()))).orElse("—"),
                    pair.targetP99(), met ? "yes" : "**no**"));
        }
    }

    void section(String plots) {
        List<Double> sizes = sizes();
        line.accept("## 4. Scale: patient search and chart load as the hospital grows");
        line.accept("");
        if (sizes.isEmpty()) {
            line.accept("Not measured in this run.");
            line.accept("");
            return;
        }
        line.accept("Hospital A alone (its peer stopped, so nothing replicates), its database bulk-loaded to each size "
                + "in turn: copies of the rows the node wrote for two template patients registered over REST (every "
                + "tenth patient with the chart template's encounter, vital signs and condition), seeded names, MRNs "
                + "and birth dates, no outbox events. The database runs with an InnoDB buffer pool sized for the "
                + "largest size, as a hospital of that size would (the first fact below), and writes out the pages "
                + "each load left dirty before the lookups are timed; the server's JIT is warmed on the lookups "
                + "first. At each size every lookup runs at a fixed rate (open model, "
                + "timed from when it was due), over REST as a nurse and as raw SQL over JDBC on the same database at "
                + "the same rate. Name search = a three-letter prefix of a family name, as typed on the ward (REST: "
                + "`?name=`, page of 20; raw SQL: the prefix on the node's indexed sort name, in order, 21 rows). "
                + "MRN = `?identifier=` (raw: the MRN index). Chart = `/patients/{id}/chart` of a patient with a chart "
                + "(raw: the statements the chart service issues).");
        line.accept("");
        line.accept("| patients | lookup | rate /s | REST p50 ms | REST p99 ms | raw SQL p50 ms | raw SQL p99 ms "
                + "| REST ÷ raw p99 |");
        line.accept("|---|---|---|---|---|---|---|---|");
        for (double size : sizes) {
            for (Pair pair : names.lookups()) {
                Optional<Figure> rest = at(pair.rest(), size);
                Optional<Figure> raw = at(pair.raw(), size);
                line.accept(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |", count(size),
                        pair.label(), rest.map(f -> String.format(Locale.ROOT, "%.0f", f.perSecond())).orElse("—"),
                        ms(rest, true), ms(rest, false), ms(raw, true), ms(raw, false),
                        rest.isPresent() && raw.isPresent()
                                ? String.format(Locale.ROOT, "%.1f×", rest.get().p99Millis()
                                        / Math.max(0.001, raw.get().p99Millis()))
                                : "—"));
            }
        }
        line.accept("");
        double smallest = sizes.get(0);
        double largest = sizes.get(sizes.size() - 1);
        line.accept("Growth of the p99 from " + count(smallest) + " to " + count(largest) + " patients (target < 2×):");
        line.accept("");
        line.accept("| lookup | REST | raw SQL |");
        line.accept("|---|---|---|");
        for (Pair pair : names.lookups()) {
            line.accept("| " + pair.label() + " | " + growth(pair.rest(), smallest, largest) + " | "
                    + growth(pair.raw(), smallest, largest) + " |");
        }
        line.accept("");
        for (Fact fact : results.facts()) {
            if (fact.scenario().equals(names.scenario())) {
                line.accept("- " + fact.name() + ": " + fact.value() + (fact.unit().isEmpty()
                        ? ""
                        : " "
                                + fact.unit()));
            }
        }
        line.accept("");
        line.accept("![scale latency](" + plots + "/scale-latency.png)");
        line.accept("");
    }

    private String growth(String series, double smallest, double largest) {
        Optional<Figure> first = at(series, smallest);
        Optional<Figure> last = at(series, largest);
        if (first.isEmpty() || last.isEmpty()) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f×", last.get().p99Millis() / Math.max(0.001, first.get()
                .p99Millis()));
    }

    private List<Double> sizes() {
        TreeSet<Double> sizes = new TreeSet<>();
        results.figures().stream().filter(f -> f.scenario().equals(names.scenario())).forEach(f -> sizes.add(f.x()));
        return List.copyOf(sizes);
    }

    private Optional<Figure> at(String series, double x) {
        return results.series(names.scenario(), series).stream().filter(f -> f.x() == x).findFirst();
    }

    private static String ms(Optional<Figure> figure, boolean median) {
        return figure.map(f -> String.format(Locale.ROOT, "%.1f", median ? f.p50Millis() : f.p99Millis()))
                .orElse("—");
    }

    /** 10000 as 10k, 1000000 as 1M. */
    static String count(double n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return BenchResults.number(n / 1_000_000) + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return BenchResults.number(n / 1_000) + "k";
        }
        return BenchResults.number(n);
    }
}
