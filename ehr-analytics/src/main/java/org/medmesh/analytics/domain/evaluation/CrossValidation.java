package org.medmesh.analytics.domain.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.RiskModelTrainer;

/**
 * Stratified k-fold cross-validation with a fixed seed: the diseased and the healthy cases are each shuffled (with
 * {@code java.util.Random(seed)}) and dealt in turn to the folds; each fold is scored by a model trained, imputation
 * included, on the other folds only. The same cases, folds and seed always give the same predictions.
 */
public record CrossValidation(RiskModelTrainer trainer, int folds, long seed) {

    public CrossValidation {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two folds");
        }
    }

    /** The out-of-fold prediction of every case, in the cases' order. */
    public List<Prediction> predictions(List<LabelledCase> cases, List<Feature> features) {
        List<RiskAssessment> assessments = assessments(cases, features);
        return IntStream.range(0, cases.size())
                .mapToObj(i -> new Prediction(assessments.get(i).probability(), cases.get(i).disease())).toList();
    }

    /** The out-of-fold assessment of every case, in the cases' order. */
    public List<RiskAssessment> assessments(List<LabelledCase> cases, List<Feature> features) {
        int[] foldOf = assignFolds(cases);
        RiskAssessment[] assessments = new RiskAssessment[cases.size()];
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            List<LabelledCase> training = IntStream.range(0, cases.size()).filter(i -> foldOf[i] != held)
                    .mapToObj(cases::get).toList();
            RiskModel model = trainer.train(training, features);
            for (int i = 0; i < cases.size(); i++) {
                if (foldOf[i] == held) {
                    assessments[i] = model.score(cases.get(i).inputs());
                }
            }
        }
        return List.of(assessments);
    }

    private int[] assignFolds(List<LabelledCase> cases) {
        Random random = new Random(seed);
        int[] foldOf = new int[cases.size()];
        int next = 0;
        for (boolean disease : new boolean[]{true, false}) {
            List<Integer> stratum = new ArrayList<>(IntStream.range(0, cases.size())
                    .filter(i -> cases.get(i).disease() == disease).boxed().toList());
            Collections.shuffle(stratum, random);
            for (int index : stratum) {
                foldOf[index] = next;
                next = (next + 1) % folds;
            }
        }
        return foldOf;
    }
}
