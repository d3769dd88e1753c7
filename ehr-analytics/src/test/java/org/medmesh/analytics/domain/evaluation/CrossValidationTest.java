package org.medmesh.analytics.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.RiskModel;
import org.medmesh.analytics.domain.model.RiskModelTrainer;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;
import org.medmesh.analytics.infrastructure.weka.WekaLogisticTrainer;

class CrossValidationTest {

    private static final List<Feature> INPUTS = List.of(Feature.CHEST_PAIN_TYPE, Feature.MAJOR_VESSELS,
            Feature.THALLIUM_SCAN);

    private static List<LabelledCase> cleveland;

    @BeforeAll
    static void load() {
        cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
    }

    @Test
    void shouldTrainEachFoldOnTheOthersOnlyWithBothOutcomesInTheirShares() {
        List<List<LabelledCase>> trainingSets = new ArrayList<>();
        RiskModelTrainer recording = (training, features) -> {
            trainingSets.add(training);
            return new WekaLogisticTrainer().train(training, features);
        };

        List<Prediction> predictions = new CrossValidation(recording, 10, 1).predictions(cleveland, INPUTS);

        assertThat(predictions).hasSize(cleveland.size()).doesNotContainNull();
        assertThat(trainingSets).hasSize(10).allSatisfy(training -> {
            assertThat(training.size()).isBetween(272, 273);
            assertThat(training.stream().filter(LabelledCase::disease).count()).isBetween(125L, 126L);
        });
        assertThat(trainingSets.stream().mapToInt(List::size).sum()).isEqualTo(9 * cleveland.size());
    }

    @Test
    void shouldGiveTheSamePredictionsForTheSameSeedAndOthersForAnother() {
        RiskModelTrainer trainer = new WekaLogisticTrainer();

        List<Prediction> first = new CrossValidation(trainer, 10, 1).predictions(cleveland, INPUTS);
        List<Prediction> again = new CrossValidation(trainer, 10, 1).predictions(cleveland, INPUTS);
        List<Prediction> otherSeed = new CrossValidation(trainer, 10, 2).predictions(cleveland, INPUTS);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void shouldHoldEveryCaseOutOfExactlyOneFold() {
        List<LabelledCase> trainedOn = new ArrayList<>();
        RiskModelTrainer recording = (training, features) -> {
            RiskModel model = new WekaLogisticTrainer().train(training, features);
            trainedOn.addAll(training);
            return model;
        };

        new CrossValidation(recording, 3, 5).predictions(cleveland.subList(0, 30), INPUTS);

        assertThat(trainedOn).hasSize(2 * 30);
        assertThat(cleveland.subList(0, 30)).allSatisfy(
                c -> assertThat(trainedOn.stream().filter(s -> s == c)).hasSize(2));
    }
}
