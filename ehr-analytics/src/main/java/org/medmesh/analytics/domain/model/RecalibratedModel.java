package org.medmesh.analytics.domain.model;

import java.util.List;

/**
 * A model whose log-odds are recalibrated: {@code intercept + slope × the model's log-odds}. The explanation stays
 * exact: the reference log-odds are recalibrated the same way and every contribution is scaled by the slope, so they
 * still add up to the log-odds, and the probability is the logistic of those.
 */
public final class RecalibratedModel implements RiskModel {

    private final RiskModel model;
    private final Recalibration recalibration;
    private final ModelVersion version;

    public RecalibratedModel(RiskModel model, Recalibration recalibration, String how) {
        this.model = model;
        this.recalibration = recalibration;
        this.version = model.version().refined("recalibrated: " + how);
    }

    public Recalibration recalibration() {
        return recalibration;
    }

    /** The model before recalibration. */
    public RiskModel uncalibrated() {
        return model;
    }

    @Override
    public ModelVersion version() {
        return version;
    }

    @Override
    public List<Feature> features() {
        return model.features();
    }

    @Override
    public RiskAssessment score(FeatureVector inputs) {
        RiskAssessment raw = model.score(inputs);
        double logOdds = recalibration.apply(raw.logOdds());
        double probability = Recalibration.sigmoid(logOdds);
        List<FeatureContribution> contributions = raw.contributions().stream()
                .map(c -> new FeatureContribution(c.feature(), c.value(), c.imputed(),
                        recalibration.slope() * c.logOdds()))
                .toList();
        return new RiskAssessment(version, raw.scoredBy(), probability, RiskBand.of(probability), logOdds,
                recalibration.apply(raw.referenceLogOdds()), raw.inputsUsed(), raw.missing(), raw.imputed(),
                contributions);
    }

    /** The parameters as the recalibrated model uses them: intercept and coefficients rescaled. */
    @Override
    public ModelParameters parameters() {
        ModelParameters raw = model.parameters();
        List<ModelParameters.Term> terms = raw.terms().stream().map(t -> new ModelParameters.Term(t.name(),
                recalibration.slope() * t.coefficient(), t.reference())).toList();
        return new ModelParameters(recalibration.apply(raw.intercept()), terms, raw.imputation());
    }
}
