package org.medmesh.clinical.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmesh.clinical.domain.model.Fixtures.NOW;
import static org.medmesh.clinical.domain.model.Fixtures.PATIENT;
import static org.medmesh.clinical.domain.model.Fixtures.by;
import static org.medmesh.clinical.domain.model.Fixtures.loinc;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;

class ObservationTest {

    private static Observation heartRate(String value, String unit) {
        return new Observation(PATIENT, null, null, loinc("8867-4", "pulse"),
                ObservationValue.quantity(new BigDecimal(value), unit), NOW, by("nurse.a"));
    }

    @Test
    void shouldTakeCategoryDisplayAndReferenceRangeFromTheCatalogue() {
        Observation observation = heartRate("72", "/min");
        assertThat(observation.category()).isEqualTo(ObservationCategory.VITAL_SIGNS);
        assertThat(observation.code().display()).isEqualTo("Heart rate");
        assertThat(observation.referenceLow()).isEqualByComparingTo("60");
        assertThat(observation.referenceHigh()).isEqualByComparingTo("100");
        assertThat(observation.interpretation()).isEqualTo(Interpretation.NORMAL);
    }

    @Test
    void shouldFlagValuesOutsideTheReferenceRange() {
        assertThat(heartRate("130", "/min").interpretation()).isEqualTo(Interpretation.HIGH);
        assertThat(heartRate("41", "/min").interpretation()).isEqualTo(Interpretation.LOW);
    }

    @Test
    void shouldRefuseTheWrongUnitAndImplausibleValues() {
        assertThatThrownBy(() -> heartRate("72", "bpm")).isInstanceOf(ClinicalRuleViolation.class)
                .hasMessage("Heart rate is recorded in /min, not bpm.");
        assertThatThrownBy(() -> heartRate("720", "/min")).hasMessageContaining("outside the plausible range 20–300");
    }

    @Test
    void shouldAcceptOnlyTheAllowedAnswersOfCodedFindings() {
        CodedConcept chestPain = ObservationCatalogue.CHEST_PAIN_TYPE.concept();
        Observation typical = new Observation(PATIENT, null, null, chestPain, ObservationValue.answer("typical-angina"),
                NOW, by("dr.a"));
        assertThat(typical.interpretation()).isEqualTo(Interpretation.ABNORMAL);
        assertThat(typical.category()).isEqualTo(ObservationCategory.EXAM);
        assertThatThrownBy(() -> new Observation(PATIENT, null, null, chestPain, ObservationValue.answer("bad"), NOW,
                by("dr.a"))).hasMessageContaining("must be one of typical-angina");
    }

    @Test
    void shouldKeepTheLabsReferenceRangeForUnknownCodes() {
        Observation creatinine = new Observation(PATIENT, null, ObservationCategory.LABORATORY,
                loinc("2160-0", "Creatinine"), new ObservationValue(new BigDecimal("1.9"), "mg/dL", null,
                        new BigDecimal("0.6"), new BigDecimal("1.2")),
                NOW, by("dr.a"));
        assertThat(creatinine.interpretation()).isEqualTo(Interpretation.HIGH);
        assertThatThrownBy(() -> new Observation(PATIENT, null, null, loinc("2160-0", "Creatinine"),
                ObservationValue.quantity(BigDecimal.ONE, "mg/dL"), NOW, by("dr.a")))
                .hasMessageContaining("Give a category");
    }

    @Test
    void shouldCoverEveryInputOfTheHeartRiskModel() {
        assertThat(ObservationCatalogue.all()).extracting(k -> k.concept().code()).contains("chest-pain-type",
                "8480-6", "2093-3", "1558-6", "resting-ecg", "max-heart-rate", "exercise-angina", "st-depression",
                "st-slope", "major-vessels", "thallium-scan");
    }

    @Test
    void shouldRefuseAnObservationInTheFuture() {
        assertThatThrownBy(() -> new Observation(PATIENT, null, null, loinc("8867-4", "HR"),
                ObservationValue.quantity(new BigDecimal("70"), "/min"), NOW.plusSeconds(3600), by("dr.a")))
                .hasMessageContaining("future");
    }
}
