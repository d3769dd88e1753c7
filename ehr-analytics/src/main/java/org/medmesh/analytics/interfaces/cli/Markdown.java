package org.medmesh.analytics.interfaces.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.medmesh.analytics.domain.model.Feature;

/** How the model card writes numbers and table rows. */
final class Markdown {

    private Markdown() {
    }

    static String row(Object... cells) {
        return Stream.of(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    static String percent(double fraction) {
        return fixed(100 * fraction, 1) + " %";
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A ridge as written: 30, 0.1, 1e-8. */
    static String ridge(double value) {
        return value >= 1 && value == Math.rint(value)
                ? String.valueOf((long) value)
                : value >= 1e-3
                        ? String.valueOf(value)
                        : String.format(Locale.ROOT, "%.0e", value).replace("e-0", "e-");
    }

    static String names(List<Feature> features) {
        return features.stream().map(Feature::uciName).collect(Collectors.joining(", "));
    }
}
