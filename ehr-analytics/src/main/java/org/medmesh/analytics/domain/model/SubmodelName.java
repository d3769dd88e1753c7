package org.medmesh.analytics.domain.model;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an assessment names the (sub)model that scored it, from the inputs the model uses: "all inputs", "without ca,
 * thal" when fewer are left out than used, "only age, sex" otherwise, "no inputs".
 */
public final class SubmodelName {

    private SubmodelName() {
    }

    public static String of(List<Feature> used) {
        EnumSet<Feature> left = EnumSet.allOf(Feature.class);
        used.forEach(left::remove);
        if (left.isEmpty()) {
            return "all inputs";
        }
        if (used.isEmpty()) {
            return "no inputs";
        }
        return left.size() <= used.size()
                ? "without " + names(List.copyOf(left))
                : "only " + names(used.stream().sorted().distinct().toList());
    }

    private static String names(List<Feature> features) {
        return features.stream().map(Feature::uciName).collect(Collectors.joining(", "));
    }
}
