package org.medmesh.interfaces.web.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.domain.model.CodedConcept;

class LatestResultsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void shouldKeepTheNewestResultOfEachTestAndLeaveOutVitalSigns() {
        ObservationView oldCholesterol = result("LABORATORY", "2093-3", "180", null, NOW.minusSeconds(7200));
        ObservationView cholesterol = result("LABORATORY", "2093-3", "240", null, NOW.minusSeconds(60));
        ObservationView angina = result("EXAM", "exercise-angina", null, "yes", NOW.minusSeconds(3600));
        ObservationView heartRate = result("VITAL_SIGNS", "8867-4", "80", null, NOW);

        assertThat(LatestResults.of(List.of(oldCholesterol, heartRate, angina, cholesterol)))
                .containsExactly(cholesterol, angina);
    }

    private static ObservationView result(String category, String code, String value, String answer, Instant at) {
        return new ObservationView(UUID.randomUUID(), UUID.randomUUID(), null, category,
                new CodedConcept("http://loinc.org", code, code), value == null ? null : new BigDecimal(value), null,
                answer, null, null, null, at, null);
    }
}
