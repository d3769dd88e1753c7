package org.medmesh.analytics.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RecalibratedModel;
import org.medmesh.analytics.domain.model.Recalibration;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.medmesh.analytics.infrastructure.weka.WekaLogisticTrainer;

class RecalibratingTrainerTest {

    private static final List<Feature> ALL = List.of(Feature.values());

    private static List<LabelledCase> cleveland;

    @BeforeAll
    static void load() {
        cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
    }

    @Test
    void shouldRecalibrateOnTheOutOfFoldLogOddsOfTheTrainingCases() {
        WekaLogisticTrainer weka = new WekaLogisticTrainer();
        List<RiskAssessment> outOfFold = new CrossValidation(weka, 10, 1).assessments(cleveland, ALL);
        boolean[] disease = new boolean[cleveland.size()];
        for (int i = 0; i < disease.length; i++) {
            disease[i] = cleveland.get(i).disease();
        }
        Recalibration expected = Recalibration.fit(outOfFold.stream().mapToDouble(RiskAssessment::logOdds).toArray(),
                disease);

        RecalibratedModel model = (RecalibratedModel) new RecalibratingTrainer(weka, 10, 1).train(cleveland, ALL);

        assertThat(model.recalibration()).isEqualTo(expected);
        assertThat(model.recalibration().slope()).as("an unpenalised fit over-states what it knows").isLessThan(0.8);
        assertThat(model.uncalibrated().version()).isEqualTo(weka.train(cleveland, ALL).version());
    }

    @Test
    void shouldCalibrateTheCrossValidatedPredictionsOfAnOverConfidentModel() {
        WekaLogisticTrainer weka = new WekaLogisticTrainer();

        Calibration raw = Calibration.of(new CrossValidation(weka, 10, 1).predictions(cleveland, ALL));
        Calibration recalibrated = Calibration.of(new CrossValidation(new RecalibratingTrainer(weka, 10, 1), 10, 1)
                .predictions(cleveland, ALL));

        assertThat(raw.slope()).isLessThan(0.7);
        assertThat(recalibrated.slope()).isCloseTo(1, within(0.1));
    }

    @Test
    void shouldLeaveAnInterceptOnlyModelAsItIs() {
        RiskModel prior = new RecalibratingTrainer(new WekaLogisticTrainer(), 10, 1).train(cleveland, List.of());

        assertThat(((RecalibratedModel) prior).recalibration()).isEqualTo(Recalibration.IDENTITY);
    }
}
