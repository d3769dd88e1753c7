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

    /**
     * These results over earlier ones: the earlier figures and facts of the scenarios not rerun, then these. A run of
     * some scenarios thus keeps the others' figures in the report.
     */
    public BenchResults over(BenchResults earlier, java.util.Set<String> rerun) {
        BenchResults merged = new BenchResults();
        earlier.figures().stream().filter(f -> !rerun.contains(f.scenario())).forEach(merged.figures::add);
        earlier.facts().stream().filter(f -> !rerun.contains(f.scenario())).forEach(merged.facts::add);
        merged.figures.addAll(figures());
        merged.facts.addAll(facts());
        return merged;
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

    /** Reads what {@link #writeCsv} wrote (to render the report again without measuring again). */
    public static BenchResults readCsv(Path directory) throws IOException {
        BenchResults results = new BenchResults();
        for (String line : Files.readAllLines(directory.resolve("figures.csv")).stream().skip(1).toList()) {
            List<String> f = fields(line);
            results.figures.add(new Figure(f.get(0), f.get(1), Double.parseDouble(f.get(2)), Double.parseDouble(f
                    .get(3)), Double.parseDouble(f.get(4)), Double.parseDouble(f.get(5)), Double.parseDouble(
                            f.get(
                                    6)),
                    Long.parseLong(f.get(7)), Long.parseLong(f.get(8))));
        }
        for (String line : Files.readAllLines(directory.resolve("facts.csv")).stream().skip(1).toList()) {
            List<String> f = fields(line);
            results.facts.add(new Fact(f.get(0), f.get(1), f.get(2), f.get(3)));
        }
        return results;
    }

    /** The fields of one CSV line as written here: quoted text ("" for a quote) or bare numbers. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
