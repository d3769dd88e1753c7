package org.medmesh.analytics.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.StoredAssessment;

/**
 * Reads a stored assessment back from its two tables. An assessment of a model before submodels (no {@code scored_by})
 * was made by one model imputing every missing input: its missing inputs are those it imputed.
 */
final class AssessmentRows {

    static final String EARLIER_MODEL = "one model, missing inputs imputed";

    private AssessmentRows() {
    }

    record Header(UUID id, String modelVersion, String scoredBy, String missingInputs, double probability,
            RiskBand band, double logOdds, double referenceLogOdds, Instant asOf, Instant assessedAt) {
    }

    record Input(Feature feature, double value, boolean imputed, String rule, double contribution) {
    }

    static Header header(ResultSet row) throws SQLException {
        return new Header(Jdbc.uuid(row.getBytes("id")), row.getString("model_version"), row.getString("scored_by"),
                row.getString("missing_inputs"), row.getDouble("probability"), RiskBand.valueOf(row.getString("band")),
                row.getDouble("log_odds"),
                row.getDouble("reference_log_odds"), Jdbc.instant(row.getTimestamp("as_of")),
                Jdbc.instant(row.getTimestamp("assessed_at")));
    }

    static List<Input> inputs(Connection db, UUID assessment) throws SQLException {
        List<Input> inputs = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select feature, input_value, imputed, imputed_rule, "
                + "contribution from risk_assessment_input where assessment_id = ?")) {
            query.setBytes(1, Jdbc.bytes(assessment));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    inputs.add(new Input(feature(rows.getString(1)), rows.getDouble(2), rows.getBoolean(3),
                            rows.getString(4), rows.getDouble(5)));
                }
            }
        }
        return inputs;
    }

    static StoredAssessment assessment(Pseudonym pseudonym, Header h, List<Input> inputs) {
        Map<Feature, Double> used = new EnumMap<>(Feature.class);
        List<ImputedInput> imputed = new ArrayList<>();
        List<FeatureContribution> contributions = new ArrayList<>();
        for (Input input : inputs) {
            used.put(input.feature(), input.value());
            if (input.imputed()) {
                imputed.add(new ImputedInput(input.feature(), input.value(), input.rule()));
            }
            contributions.add(new FeatureContribution(input.feature(), input.value(), input.imputed(),
                    input.contribution()));
        }
        imputed.sort((a, b) -> a.feature().compareTo(b.feature()));
        contributions.sort((a, b) -> Double.compare(Math.abs(b.logOdds()), Math.abs(a.logOdds())));
        List<Feature> missing = h.scoredBy() == null
                ? imputed.stream().map(ImputedInput::feature).toList()
                : features(h.missingInputs());
        return new StoredAssessment(h.id(), pseudonym, h.asOf(), h.assessedAt(), new RiskAssessment(
                new ModelVersion(h.modelVersion()), h.scoredBy() == null ? EARLIER_MODEL : h.scoredBy(),
                h.probability(), h.band(), h.logOdds(), h.referenceLogOdds(), used, missing, imputed,
                contributions));
    }

    /** The inputs as the column {@code missing_inputs} lists them: UCI names separated by commas. */
    static String names(List<Feature> features) {
        return features.stream().map(Feature::uciName).collect(Collectors.joining(","));
    }

    private static List<Feature> features(String names) {
        return names == null || names.isEmpty()
                ? List.of()
                : Arrays.stream(names.split(",")).map(AssessmentRows::feature).toList();
    }

    private static Feature feature(String uciName) {
        return Arrays.stream(Feature.values()).filter(f -> f.uciName().equals(uciName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown feature in a risk assessment: " + uciName));
    }
}
