package org.medmesh.analytics.application;

import java.time.Instant;
import java.util.List;

/**
 * An assessment as clinicians see it: the model and the submodel of it that scored ({@code scoredBy}: "all inputs",
 * "without ca, thal"), probability and band, when the inputs were read and when they were scored, every input used with
 * its value, the inputs that were missing, and each used input's contribution to the log-odds against the reference
 * patient ({@code referenceLogOdds} plus the contributions is {@code logOdds}). The current model imputes nothing; an
 * assessment of an earlier model lists the inputs it imputed among {@code inputs}, with their rule.
 */
public record RiskView(String modelVersion, String scoredBy, double probability, String band, double logOdds,
        double referenceLogOdds, Instant assessedAt, Instant asOf, List<Input> inputs, List<String> missing,
        List<Contribution> contributions, String modelCard) {

    public RiskView {
        inputs = List.copyOf(inputs);
        missing = List.copyOf(missing);
        contributions = List.copyOf(contributions);
    }

    /** One input: its UCI name, the value used, and for an imputed one the rule that gave it. */
    public record Input(String feature, double value, boolean imputed, String rule) {
    }

    /** One input's contribution to the log-odds. */
    public record Contribution(String feature, double logOdds) {
    }
}
