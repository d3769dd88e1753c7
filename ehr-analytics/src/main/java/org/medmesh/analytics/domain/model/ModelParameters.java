package org.medmesh.analytics.domain.model;

import java.util.List;
import java.util.Map;

/**
 * What a trained model is, for its model card: the intercept, each regression term with its coefficient (log-odds per
 * unit) and reference value (training mean), and the value imputed for each missing input.
 */
public record ModelParameters(double intercept, List<Term> terms, Map<Feature, ImputedInput> imputation) {

    public ModelParameters {
        terms = List.copyOf(terms);
        imputation = Map.copyOf(imputation);
    }

    /** A term's name ({@code age}, or {@code cp=4} for the indicator of one answer), coefficient and reference. */
    public record Term(String name, double coefficient, double reference) {
    }
}
