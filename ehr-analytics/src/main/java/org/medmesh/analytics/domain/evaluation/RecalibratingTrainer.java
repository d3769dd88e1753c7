package org.medmesh.analytics.domain.evaluation;

import java.util.List;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RecalibratedModel;
import org.medmesh.analytics.domain.model.Recalibration;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.RiskModelTrainer;

/**
 * Trains a model on all the training cases and recalibrates it (intercept and slope, {@link Recalibration}) on the
 * log-odds that models trained on the other folds gave each training case (stratified cross-validation with a fixed
 * seed): the recalibration learns how far the model's own fit overstates what it knows, from cases it did not see. An
 * intercept-only model is left as it is (its out-of-fold log-odds hardly vary, so no slope can be fitted to them).
 */
public record RecalibratingTrainer(RiskModelTrainer trainer, int folds, long seed) implements RiskModelTrainer {

    @Override
    public RiskModel train(List<LabelledCase> training, List<Feature> features) {
        RiskModel model = trainer.train(training, features);
        String how = "logistic, on " + folds + "-fold out-of-fold log-odds, seed " + seed;
        if (model.parameters().terms().isEmpty()) {
            return new RecalibratedModel(model, Recalibration.IDENTITY, how);
        }
        List<RiskAssessment> outOfFold = new CrossValidation(trainer, folds, seed).assessments(training, features);
        double[] logOdds = outOfFold.stream().mapToDouble(RiskAssessment::logOdds).toArray();
        boolean[] disease = new boolean[training.size()];
        for (int i = 0; i < disease.length; i++) {
            disease[i] = training.get(i).disease();
        }
        return new RecalibratedModel(model, Recalibration.fit(logOdds, disease), how);
    }
}
