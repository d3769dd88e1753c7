package org.medmesh.analytics.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pattern-submodel method for missing inputs: a patient is scored by a model trained on exactly the inputs the
 * patient has, never by one that fills the others in. The submodel of a set of inputs is trained, when first needed, on
 * the training cases that have all of them, and kept; the submodel on every input is trained at once.
 * <ul>
 * <li>Should score a vector with the submodel of the inputs it has, list the others as missing and impute nothing.
 * <li>Should name the submodel in each assessment and give every assessment the family's version.
 * <li>Should train each submodel once, whichever thread needs it first.
 * </ul>
 */
public final class PatternSubmodels implements RiskModel {

    static final String METHOD = "pattern submodels: one per set of inputs present, trained on the cases that have "
            + "them all";

    private final List<LabelledCase> training;
    private final List<Feature> features;
    private final RiskModelTrainer trainer;
    private final ConcurrentMap<Set<Feature>, RiskModel> submodels = new ConcurrentHashMap<>();
    private final ModelVersion version;

    public PatternSubmodels(List<LabelledCase> training, List<Feature> features, RiskModelTrainer trainer) {
        this.training = List.copyOf(training);
        this.features = features.stream().distinct().sorted().toList();
        this.trainer = trainer;
        this.version = submodel(this.features).version().refined(METHOD);
    }

    /** Trains pattern submodels, each with the trainer given. */
    public static RiskModelTrainer trainer(RiskModelTrainer submodelTrainer) {
        return (training, features) -> new PatternSubmodels(training, features, submodelTrainer);
    }

    /**
     * The submodel on these inputs (those the family does not use are ignored), trained now if it was not yet.
     *
     * @throws IllegalArgumentException if the training cases that have them all do not show both outcomes
     */
    public RiskModel submodel(Collection<Feature> inputs) {
        Set<Feature> used = EnumSet.noneOf(Feature.class);
        inputs.stream().filter(features::contains).forEach(used::add);
        return submodels.computeIfAbsent(Set.copyOf(used), this::train);
    }

    private RiskModel train(Set<Feature> inputs) {
        List<Feature> ordered = inputs.stream().sorted().toList();
        List<LabelledCase> complete = training.stream()
                .filter(c -> ordered.stream().noneMatch(c.inputs()::isMissing)).toList();
        return trainer.train(complete, ordered);
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
        List<Feature> present = new ArrayList<>();
        List<Feature> missing = new ArrayList<>();
        features.forEach(f -> (inputs.isMissing(f) ? missing : present).add(f));
        RiskAssessment assessment = submodel(present).score(inputs);
        return assessment.madeBy(version, SubmodelName.of(present), missing);
    }

    /** The parameters of the submodel on every input. */
    @Override
    public ModelParameters parameters() {
        return submodel(features).parameters();
    }
}
