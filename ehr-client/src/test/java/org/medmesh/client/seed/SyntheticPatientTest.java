package org.medmesh.client.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.medmesh.client.seed.SyntheticPatient.Measurement;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.Category;
import org.medmesh.client.ward.Coding;

class SyntheticPatientTest {

    private static final Admission ADMISSION = new Admission("p-1", "e-1");

    @Test
    void shouldDrawTheSamePatientFromTheSameSeedAndIndex() {
        assertThat(SyntheticPatient.of(7, 3)).isEqualTo(SyntheticPatient.of(7, 3));
        assertThat(SyntheticPatient.of(7, 3).observations(ADMISSION)).isEqualTo(SyntheticPatient.of(7, 3)
                .observations(ADMISSION));
        assertThat(IntStream.range(0, 50).mapToObj(i -> SyntheticPatient.of(7, i)).distinct()).hasSize(50);
        assertThat(SyntheticPatient.of(8, 3)).isNotEqualTo(SyntheticPatient.of(7, 3));
    }

    @Test
    void shouldDrawPlausibleAdultsWithAVisitsVitalSigns() {
        List<SyntheticPatient> patients = IntStream.range(0, 300).mapToObj(i -> SyntheticPatient.of(42, i)).toList();

        assertThat(patients).allSatisfy(p -> {
            assertThat(p.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2019, 12, 28));
            assertThat(p.measurements()).extracting(Measurement::code).startsWith(Coding.HEART_RATE,
                    Coding.SYSTOLIC_PRESSURE, Coding.DIASTOLIC_PRESSURE, Coding.BODY_TEMPERATURE,
                    Coding.OXYGEN_SATURATION, Coding.BODY_WEIGHT);
            assertThat(p.measurements().get(3).value()).isBetween(new BigDecimal("36.0"), new BigDecimal("37.9"));
        });
        assertThat(patients).filteredOn(p -> !p.findings().isEmpty()).hasSizeBetween(150, 250)
                .allSatisfy(p -> assertThat(p.measurements()).hasSize(11));
        assertThat(patients).filteredOn(p -> p.allergy().isPresent()).hasSizeBetween(40, 110);
        assertThat(patients).filteredOn(p -> p.problem().isPresent()).hasSizeBetween(60, 140);
        assertThat(patients).filteredOn(SyntheticPatient::female).hasSizeBetween(110, 190);
    }

    @Test
    void shouldSendNamesWithAccentsAsWellFormedJson() {
        SyntheticPatient patient = IntStream.range(0, 100).mapToObj(i -> SyntheticPatient.of(1, i))
                .filter(p -> !p.familyName().chars().allMatch(c -> c < 128)).findFirst().orElseThrow();

        JsonObject registration = reparsed(patient.registration());

        assertThat(registration.getString("familyName")).isEqualTo(patient.familyName());
        assertThat(registration.getString("birthDate")).isEqualTo(patient.birthDate().toString());
        assertThat(registration.getString("sex")).isEqualTo(patient.female() ? "FEMALE" : "MALE");
    }

    @Test
    void shouldRecordEachMeasurementInItsCategoryWithItsUnit() {
        SyntheticPatient patient = IntStream.range(0, 100).mapToObj(i -> SyntheticPatient.of(5, i))
                .filter(p -> !p.findings().isEmpty()).findFirst().orElseThrow();

        List<JsonObject> observations = patient.observations(ADMISSION).stream().map(
                SyntheticPatientTest::reparsed).toList();

        assertThat(observations).hasSize(13).allSatisfy(o -> {
            assertThat(o.getString("patientId")).isEqualTo("p-1");
            assertThat(o.getString("encounterId")).isEqualTo("e-1");
        });
        assertThat(observations.get(0).getString("category")).isEqualTo(Category.VITAL_SIGNS.name());
        assertThat(observations.get(3).getJsonNumber("value").bigDecimalValue().scale()).isEqualTo(1);
        assertThat(observations.get(6).getString("category")).isEqualTo(Category.LABORATORY.name());
        assertThat(observations.get(6).getString("unit")).isEqualTo("mg/dL");
        assertThat(observations.get(12).getString("category")).isEqualTo(Category.EXAM.name());
        assertThat(observations.get(12).getJsonObject("code").getString("system")).isEqualTo(Coding.HEART_RISK);
        assertThat(observations.get(12).getString("answer")).isIn("yes", "no");
    }

    private static JsonObject reparsed(JsonObject body) {
        return Json.createReader(new StringReader(body.toString())).readObject();
    }
}
