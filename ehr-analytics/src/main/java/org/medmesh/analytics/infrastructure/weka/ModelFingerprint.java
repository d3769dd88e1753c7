package org.medmesh.analytics.infrastructure.weka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.ModelVersion;

/**
 * The model version: {@code heart-lr-} and the first 16 hex digits of a SHA-256 over the Weka version, the learner and
 * its ridge, the imputation and coding rules, the inputs, and every training case's values and outcome in order.
 */
final class ModelFingerprint {

    static final String RULES = "impute mean (continuous) / mode (discrete, categorical); indicators for all answers "
            + "but the first; single-valued terms dropped";

    private ModelFingerprint() {
    }

    static ModelVersion of(List<LabelledCase> training, List<Feature> features, double ridge) {
        StringBuilder text = new StringBuilder().append("weka ").append(WekaRelease.describe()).append('\n')
                .append("weka.classifiers.functions.Logistic ridge ").append(ridge).append('\n')
                .append(RULES).append('\n')
                .append(features.stream().map(Feature::uciName).collect(Collectors.joining(","))).append('\n');
        for (LabelledCase c : training) {
            for (Feature feature : Feature.values()) {
                text.append(
                        c.inputs().isMissing(feature) ? "?" : String.valueOf(c.inputs().value(feature).getAsDouble()))
                        .append(',');
            }
            text.append(c.disease() ? 1 : 0).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new ModelVersion("heart-lr-" + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
