package org.medmesh.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** Everything a run measured, in the order measured; written as {@code figures.csv} and {@code facts.csv}. */
public final class BenchResults {

    private static final Logger LOG = Logger.getLogger(BenchResults.class.getName());

    private final List<Figure> figures = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    public synchronized void add(Figure figure) {
        figures.add(figure);
        LOG.info(() -> String.format(Locale.ROOT, "%s | %s @ %s: %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (%d ok, %d failed)", figure.scenario(), figure.series(), number(figure.x()), figure.perSecond(),
                figure.p50Millis(), figure.p99Millis(), figure.maxMillis(), figure.count(), figure.failed()));
    }

    public synchronized void add(Fact fact) {
        facts.add(fact);
        LOG.info(() -> fact.scenario() + " | " + fact.name() + ": " + fact.value() + " " + fact.unit());
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    public synchronized List<Fact> facts() {
        return List.copyOf(facts);
    }

    public List<Figure> series(String scenario, String series) {
        return figures().stream().filter(f -> f.scenario().equals(scenario) && f.series().equals(series)).toList();
    }

    public Optional<Fact> fact(String scenario, String name) {
        return facts().stream().filter(f -> f.scenario().equals(scenario) && f.name().equals(name)).findFirst();
    }

    public void writeCsv(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder csv = new StringBuilder("scenario,series,x,per_second,p50_ms,p99_ms,max_ms,count,failed\n");
        for (Figure f : figures()) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.2f,%.3f,%.3f,%.3f,%d,%d%n", quoted(f.scenario()),
                    quoted(f.series()), number(f.x()), f.perSecond(), f.p50Millis(), f.p99Millis(), f.maxMillis(),
                    f.count(), f.failed()));
        }
        Files.writeString(directory.resolve("figures.csv"), csv);
        StringBuilder factCsv = new StringBuilder("scenario,name,value,unit\n");
        for (Fact f : facts()) {
            factCsv.append(quoted(f.scenario())).append(',').append(quoted(f.name())).append(',')
                    .append(quoted(f.value())).append(',').append(quoted(f.unit())).append('\n');
        }
        Files.writeString(directory.resolve("facts.csv"), factCsv);
    }

    static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
