package org.medmesh.analytics.infrastructure.weka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureContribution;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.Imputation;
import org.medmesh.analytics.domain.model.ImputedInput;
import org.medmesh.analytics.domain.model.ModelParameters;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.SubmodelName;

import weka.classifiers.functions.Logistic;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * A trained Weka logistic regression with its imputation and terms. The probability is Weka's; the explanation comes
 * from its coefficients: a term contributes {@code coefficient × (value − reference)}, where the reference is the
 * term's training mean, and an input contributes the sum of its terms. Weka's filters keep state while scoring, so
 * Weka's part of a score is serialized on the classifier (about a microsecond).
 */
final class WekaRiskModel implements RiskModel {

    private final ModelVersion version;
    private final String name;
    private final List<Feature> features;
    private final Imputation imputation;
    private final List<ModelTerm> terms;
    private final double[] reference;
    private final double intercept;
    private final double referenceLogOdds;
    private final double[] coefficients;
    private final Logistic logistic;
    private final Instances header;

    WekaRiskModel(ModelVersion version, List<Feature> features, Imputation imputation, List<ModelTerm> terms,
            double[] reference, Logistic logistic, Instances header) {
        double[][] weka = logistic.coefficients();
        if (weka.length != terms.size() + 1) {
            throw new IllegalStateException("Weka kept " + (weka.length - 1) + " of " + terms.size() + " terms");
        }
        this.version = version;
        this.name = SubmodelName.of(features);
        this.features = List.copyOf(features);
        this.imputation = imputation;
        this.terms = List.copyOf(terms);
        this.reference = reference.clone();
        this.intercept = weka[0][0];
        this.coefficients = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            coefficients[i] = weka[i + 1][0];
        }
        double atReference = intercept;
        for (int i = 0; i < terms.size(); i++) {
            atReference += coefficients[i] * reference[i];
        }
        this.referenceLogOdds = atReference;
        this.logistic = logistic;
        this.header = header;
    }

    @Override
    public ModelVersion version() {
        return version;
    }

    @Override
    public List<Feature> features() {
        return features;
    }

    @Override
    public RiskAssessment score(FeatureVector inputs) {
        Imputation.Completed completed = imputation.complete(inputs);
        Map<Feature, Double> values = completed.values();
        double logOdds = intercept;
        EnumMap<Feature, Double> byFeature = new EnumMap<>(Feature.class);
        for (int i = 0; i < terms.size(); i++) {
            double value = terms.get(i).valueIn(values);
            logOdds += coefficients[i] * value;
            byFeature.merge(terms.get(i).feature(), coefficients[i] * (value - reference[i]), Double::sum);
        }
        List<FeatureContribution> contributions = new ArrayList<>();
        for (Feature feature : features) {
            contributions.add(new FeatureContribution(feature, values.get(feature), inputs.isMissing(feature),
                    byFeature.getOrDefault(feature, 0.0)));
        }
        contributions.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.logOdds())));
        double probability = probability(values);
        List<Feature> missing = completed.imputed().stream().map(ImputedInput::feature).toList();
        return new RiskAssessment(version, missing.isEmpty() ? name : name + ", missing inputs imputed", probability,
                RiskBand.of(probability), logOdds, referenceLogOdds, values, missing, completed.imputed(),
                contributions);
    }

    private double probability(Map<Feature, Double> values) {
        DenseInstance instance = WekaLogisticTrainer.instance(terms, values, null);
        instance.setDataset(header);
        synchronized (logistic) {
            try {
                return logistic.distributionForInstance(instance)[0];
            } catch (Exception e) {
                throw new IllegalStateException("Weka could not score a complete instance", e);
            }
        }
    }

    @Override
    public ModelParameters parameters() {
        List<ModelParameters.Term> table = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            table.add(new ModelParameters.Term(terms.get(i).name(), coefficients[i], reference[i]));
        }
        return new ModelParameters(intercept, table, imputation.replacements());
    }
}
