package org.medmesh.bench.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Section 5 of {@code performance.md} and its summary row: the in-process scoring latency, and per rate the REST write
 * of a blood pressure beside the time until its prediction is stored. Issue #7 sets no target for risk; the write of
 * the same observation, measured in the same run, is the limit: what scoring adds is end to end minus the write.
 */
public final class RiskReport {

    /** The risk scenario's series names (owned by the scenario, passed in like the others'). */
    public record Names(String scenario, String scoring, String write, String endToEnd) {
    }

    private final BenchResults results;
    private final Names names;

    RiskReport(BenchResults results, Names names) {
        this.results = results;
        this.names = names;
    }

    /** The summary row for the highest rate measured, or empty when the scenario did not run. */
    Optional<String> summaryRow() {
        Optional<Figure> top = results.series(names.scenario(), names.endToEnd()).stream()
                .max(Comparator.comparingDouble(Figure::x));
        return top.map(e2e -> {
            Optional<Figure> write = at(names.write(), e2e.x());
            return String.format(Locale.ROOT, "| risk: observation → stored prediction at %s/s | p50 %.0f ms, p99 "
                    + "%.0f ms | REST write p99 %s | %s | none set (#7 asks for p50/p99) | — |",
                    BenchResults.number(e2e.x()), e2e.p50Millis(), e2e.p99Millis(),
                    write.map(w -> String.format(Locale.ROOT, "%.1f ms", w.p99Millis())).orElse("—"),
                    write.map(w -> String.format(Locale.ROOT, "%.1f×", e2e.p99Millis()
                            / Math.max(0.001, w.p99Millis()))).orElse("—"));
        });
    }

    String section(String plots) {
        StringBuilder md = new StringBuilder();
        md.append("## 5. Risk scoring\n\n");
        List<Figure> scoring = results.series(names.scenario(), names.scoring());
        if (scoring.isEmpty() && results.series(names.scenario(), names.endToEnd()).isEmpty()) {
            return md.append("Not measured in this run.\n\n").toString();
        }
        md.append(
                "In process: the production model (Weka logistic regression, 13 inputs) scoring one Cleveland patient "
                        + "after another with its explanation (probability, band, imputed inputs, contributions), sampled by "
                        + "JMH (`ScoringBenchmark`, one fork, 5 × 1 s warm-up, 5 × 1 s measured). End to end: a systolic "
                        + "blood pressure recorded over REST at a fixed rate, one per patient, timed from when it was due at "
                        + "the client to the `assessedAt` of the stored prediction that used it (outbox → analytics feed → "
                        + "`patient_updates` topic → risk bean → `risk_assessment`; client and node share the clock). Beside "
                        + "it, the REST write alone.\n\n");
        for (Figure f : scoring) {
            md.append(String.format(Locale.ROOT, "- scoring in process: p50 %.1f µs, p99 %.1f µs, max %.1f µs over "
                    + "%d samples (%.0f predictions/s on one thread)\n", f.p50Millis() * 1e3, f.p99Millis() * 1e3,
                    f.maxMillis() * 1e3, f.count(), f.perSecond()));
        }
        md.append("\n| rate /s | written | write p50 ms | write p99 ms | to stored prediction p50 ms | p99 ms | max ms "
                + "| p99 ÷ write p99 |\n|---|---|---|---|---|---|---|---|\n");
        for (double x : levels()) {
            Optional<Figure> write = at(names.write(), x);
            Optional<Figure> e2e = at(names.endToEnd(), x);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |\n",
                    BenchResults.number(x), write.map(w -> Long.toString(w.count())).orElse("—"), ms(write, 50),
                    ms(write, 99), ms(e2e, 50), ms(e2e, 99), e2e.map(e -> String.format(Locale.ROOT, "%.1f",
                            e.maxMillis())).orElse("—"),
                    e2e.isPresent() && write.isPresent()
                            ? String.format(Locale.ROOT, "%.1f×", e2e.get().p99Millis()
                                    / Math.max(0.001, write.get().p99Millis()))
                            : "—"));
        }
        md.append('\n');
        for (Fact fact : results.facts()) {
            if (fact.scenario().equals(names.scenario())) {
                md.append("- ").append(fact.name()).append(": ").append(fact.value()).append('\n');
            }
        }
        return md.append("\n![risk latency](").append(plots).append("/risk-latency.png)\n\n").toString();
    }

    private List<Double> levels() {
        TreeSet<Double> levels = new TreeSet<>();
        results.series(names.scenario(), names.endToEnd()).forEach(f -> levels.add(f.x()));
        results.series(names.scenario(), names.write()).forEach(f -> levels.add(f.x()));
        return List.copyOf(levels);
    }

    private Optional<Figure> at(String series, double x) {
        return results.series(names.scenario(), series).stream().filter(f -> f.x() == x).findFirst();
    }

    private static String ms(Optional<Figure> figure, int percentile) {
        return figure.map(f -> String.format(Locale.ROOT, "%.1f", percentile == 50 ? f.p50Millis() : f.p99Millis()))
                .orElse("—");
    }
}
