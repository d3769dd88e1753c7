package org.medmesh.analytics.infrastructure.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.Imputation;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.RiskModelTrainer;

import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Trains Weka's logistic regression (with a given ridge; {@value #RIDGE}, Weka's default, unless told) on the training
 * cases: missing inputs are imputed first ({@link Imputation}, so Weka's own mean/mode replacement never acts), coded
 * inputs become indicator terms, and a term with a single value in the training cases is left out (Weka would drop it
 * itself, and its coefficient could not be estimated). Without inputs (or with none varying) it is the intercept-only
 * model: the training prevalence.
 */
public final class WekaLogisticTrainer implements RiskModelTrainer {

    public static final double RIDGE = 1e-8;

    /** Weka's Logistic models each class but the last against the last: "present" first gives its log-odds. */
    static final List<String> OUTCOMES = List.of("present", "absent");

    private final double ridge;

    public WekaLogisticTrainer() {
        this(RIDGE);
    }

    /** @param ridge the penalty on the squared coefficients of the standardized terms (Weka's {@code -R}) */
    public WekaLogisticTrainer(double ridge) {
        if (!(ridge > 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("the ridge must be positive and finite");
        }
        this.ridge = ridge;
    }

    public double ridge() {
        return ridge;
    }

    @Override
    public RiskModel train(List<LabelledCase> training, List<Feature> features) {
        long diseased = training.stream().filter(LabelledCase::disease).count();
        if (diseased == 0 || diseased == training.size()) {
            throw new IllegalArgumentException("training cases need both outcomes");
        }
        List<Feature> ordered = features.stream().distinct().sorted().toList();
        Imputation imputation = Imputation.fit(training, ordered);
        List<Map<Feature, Double>> completed = training.stream()
                .map(c -> imputation.complete(c.inputs()).values()).toList();
        List<ModelTerm> terms = ModelTerm.of(ordered).stream()
                .filter(term -> completed.stream().mapToDouble(term::valueIn).distinct().count() > 1).toList();
        Instances data = header(terms, training.size());
        for (int i = 0; i < training.size(); i++) {
            data.add(instance(terms, completed.get(i), training.get(i).disease()));
        }
        Logistic logistic = new Logistic();
        logistic.setRidge(ridge);
        try {
            logistic.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not fit the logistic regression", e);
        }
        double[] reference = terms.stream()
                .mapToDouble(term -> completed.stream().mapToDouble(term::valueIn).average().orElseThrow()).toArray();
        return new WekaRiskModel(ModelFingerprint.of(training, ordered, ridge), ordered, imputation, terms, reference,
                logistic, new Instances(data, 0));
    }

    static Instances header(List<ModelTerm> terms, int capacity) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        terms.forEach(term -> attributes.add(new Attribute(term.name())));
        attributes.add(new Attribute("heart-disease", OUTCOMES));
        Instances data = new Instances("heart-disease", attributes, capacity);
        data.setClassIndex(terms.size());
        return data;
    }

    static DenseInstance instance(List<ModelTerm> terms, Map<Feature, Double> values, Boolean disease) {
        double[] row = new double[terms.size() + 1];
        for (int i = 0; i < terms.size(); i++) {
            row[i] = terms.get(i).valueIn(values);
        }
        row[terms.size()] = disease == null ? Utils.missingValue() : disease ? 0 : 1;
        return new DenseInstance(1.0, row);
    }
}
