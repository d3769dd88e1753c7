package org.medmesh.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.LabelledCase;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.PatternSubmodels;
import org.medmesh.analytics.domain.model.RiskAssessment;
import org.medmesh.analytics.domain.model.RiskBand;
import org.medmesh.analytics.infrastructure.data.UciCohort;
import org.medmesh.analytics.infrastructure.data.UciHeartDiseaseData;

class HeartRiskModelsTest {

    private static PatternSubmodels production;

    @BeforeAll
    static void train() {
        production = HeartRiskModels.production();
    }

    @Test
    void shouldServePatternSubmodelsOnAllThirteenInputsWithAStableVersion() {
        assertThat(production.features()).containsExactly(Feature.values());
        assertThat(production.version().value()).matches("heart-lr-[0-9a-f]{16}");
        assertThat(HeartRiskModels.production().version()).isEqualTo(production.version());
        List<LabelledCase> cleveland = UciHeartDiseaseData.load(UciCohort.CLEVELAND).cases();
        assertThat(HeartRiskModels.imputing().train(cleveland, HeartRiskModels.ALL_FEATURES).version())
                .as("the model before issue #25").isEqualTo(new ModelVersion("heart-lr-f6a221721bf183db"))
                .isNotEqualTo(production.version());
    }

    @Test
    void shouldServeTheRidgeItComparesWithTheOthers() {
        assertThat(HeartRiskModels.RIDGES).contains(HeartRiskModels.RIDGE);
    }

    /** The patient of RiskContainerIT: a woman of 65, the exercise-test and imaging findings all abnormal. */
    @Test
    void shouldFindTheContainerTestsPatientHighWithOrWithoutFluoroscopyAndThallium() {
        FeatureVector patient = FeatureVector.empty().with(Feature.AGE, 65).with(Feature.SEX, 0)
                .with(Feature.CHEST_PAIN_TYPE, 4).with(Feature.RESTING_SYSTOLIC_BP, 172)
                .with(Feature.CHOLESTEROL, 305).with(Feature.MAX_HEART_RATE, 108).with(Feature.EXERCISE_ANGINA, 1)
                .with(Feature.ST_DEPRESSION, 3.1).with(Feature.MAJOR_VESSELS, 3).with(Feature.THALLIUM_SCAN, 7);

        RiskAssessment assessment = production.score(patient);

        assertThat(assessment.band()).isEqualTo(RiskBand.HIGH);
        assertThat(assessment.scoredBy()).isEqualTo("without fbs, restecg, slope");
        assertThat(production.score(patient.withMissing(Feature.MAJOR_VESSELS).withMissing(Feature.THALLIUM_SCAN))
                .band()).isEqualTo(RiskBand.HIGH);
    }
}
