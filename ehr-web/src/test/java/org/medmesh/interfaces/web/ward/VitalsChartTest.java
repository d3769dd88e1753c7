package org.medmesh.interfaces.web.ward;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.domain.model.CodedConcept;

class VitalsChartTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void oneLinePerVitalSignOverTheTimesMeasuredWithGapsWhereNotMeasured() {
        String config = VitalsChart.of(List.of(
                vital("8867-4", "Heart rate", "/min", "72", TEN),
                vital("8867-4", "Heart rate", "/min", "80", NINE),
                vital("8480-6", "Systolic blood pressure", "mm[Hg]", "131", TEN),
                observation("LABORATORY", "2093-3", "Cholesterol", "mg/dL", "210", NINE)), ZoneOffset.UTC);

        JsonObject chart = Json.createReader(new StringReader(config)).readObject();
        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("01 Dec 09:00", "01 Dec 10:00");
        JsonArray lines = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(lines).hasSize(2);
        assertThat(lines.getJsonObject(0).getString("label")).isEqualTo("Heart rate (/min)");
        assertThat(lines.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[80,72]");
        assertThat(lines.getJsonObject(1).getString("label")).isEqualTo("Systolic blood pressure (mm[Hg])");
        assertThat(lines.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[null,131]");
    }

    @Test
    void nothingToDrawWithoutNumericVitals() {
        assertThat(VitalsChart.of(List.of(observation("LABORATORY", "2093-3", "Cholesterol", "mg/dL", "210", NINE)),
                ZoneOffset.UTC)).isNull();
        assertThat(VitalsChart.of(List.of(), ZoneOffset.UTC)).isNull();
    }

    private static ObservationView vital(String code, String display, String unit, String value, Instant at) {
        return observation("VITAL_SIGNS", code, display, unit, value, at);
    }

    private static ObservationView observation(String category, String code, String display, String unit,
            String value, Instant at) {
        return new ObservationView(UUID.randomUUID(), UUID.randomUUID(), null, category,
                new CodedConcept("http://loinc.org", code, display), new BigDecimal(value), unit, null, null, null,
                "NORMAL", at, null);
    }
}
