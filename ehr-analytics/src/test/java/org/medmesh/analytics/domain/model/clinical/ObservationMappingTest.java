package org.medmesh.analytics.domain.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;

class ObservationMappingTest {

    private static final String LOINC = ObservationMapping.LOINC;
    private static final String RISK = ObservationMapping.HEART_RISK;
    private static final PatientFacts MAN_OF_61 = new PatientFacts(LocalDate.of(1965, 3, 2), "MALE",
            LocalDate.of(2026, 12, 1));

    @Test
    void shouldMapEveryPublishedCodeToItsInput() {
        List<ClinicalObservation> observations = List.of(ClinicalObservation.quantity(LOINC, "8480-6", "142"),
                ClinicalObservation.quantity(LOINC, "2093-3", "261"),
                ClinicalObservation.quantity(LOINC, "1558-6", "131"),
                ClinicalObservation.answer(RISK, "chest-pain-type", "asymptomatic"),
                ClinicalObservation.answer(RISK, "resting-ecg", "lv-hypertrophy"),
                ClinicalObservation.quantity(RISK, "max-heart-rate", "118"),
                ClinicalObservation.answer(RISK, "exercise-angina", "yes"),
                ClinicalObservation.quantity(RISK, "st-depression", "1.8"),
                ClinicalObservation.answer(RISK, "st-slope", "flat"),
                ClinicalObservation.quantity(RISK, "major-vessels", "2"),
                ClinicalObservation.answer(RISK, "thallium-scan", "reversible-defect"));

        FeatureVector vector = ObservationMapping.toFeatureVector(MAN_OF_61, observations);

        assertThat(vector.missing()).isEmpty();
        assertThat(vector.present()).containsEntry(Feature.AGE, 61.0).containsEntry(Feature.SEX, 1.0)
                .containsEntry(Feature.RESTING_SYSTOLIC_BP, 142.0).containsEntry(Feature.CHOLESTEROL, 261.0)
                .containsEntry(Feature.FASTING_BLOOD_SUGAR, 1.0).containsEntry(Feature.CHEST_PAIN_TYPE, 4.0)
                .containsEntry(Feature.RESTING_ECG, 2.0).containsEntry(Feature.MAX_HEART_RATE, 118.0)
                .containsEntry(Feature.EXERCISE_ANGINA, 1.0).containsEntry(Feature.ST_DEPRESSION, 1.8)
                .containsEntry(Feature.ST_SLOPE, 2.0).containsEntry(Feature.MAJOR_VESSELS, 2.0)
                .containsEntry(Feature.THALLIUM_SCAN, 7.0);
    }

    @Test
    void shouldSetTheSugarFlagOnlyAbove120AndUseTheMostRecentObservationOfACode() {
        FeatureVector vector = ObservationMapping.toFeatureVector(MAN_OF_61, List.of(
                ClinicalObservation.quantity(LOINC, "1558-6", "120"),
                ClinicalObservation.quantity(LOINC, "1558-6", "180")));

        assertThat(vector.value(Feature.FASTING_BLOOD_SUGAR)).hasValue(0);
    }

    @Test
    void shouldLeaveInputsWithoutObservationsAndOtherSexesMissing() {
        PatientFacts other = new PatientFacts(LocalDate.of(1980, 12, 2), "OTHER", LocalDate.of(2026, 12, 1));

        FeatureVector vector = ObservationMapping.toFeatureVector(other, List.of(
                ClinicalObservation.quantity(LOINC, "8867-4", "72")));

        assertThat(vector.present()).containsOnlyKeys(Feature.AGE).containsEntry(Feature.AGE, 45.0);
        assertThat(vector.missing()).contains(Feature.SEX, Feature.RESTING_SYSTOLIC_BP);
    }

    @Test
    void shouldRefuseAnAnswerItsCodeDoesNotHave() {
        assertThatThrownBy(() -> ObservationMapping.toFeatureVector(MAN_OF_61, List.of(
                ClinicalObservation.answer(RISK, "thallium-scan", "maybe"))))
                .hasMessageContaining("thallium-scan has no answer 'maybe'");
    }
}
