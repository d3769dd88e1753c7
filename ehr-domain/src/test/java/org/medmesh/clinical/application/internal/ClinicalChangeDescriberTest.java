package org.medmesh.clinical.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.replica.ClinicalStates.ObservationState;
import org.medmesh.clinical.application.replica.ClinicalStates.TreatmentState;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;
import org.medmesh.shared.application.replica.Coding;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.domain.model.ChangeType;

class ClinicalChangeDescriberTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID ENCOUNTER = UUID.randomUUID();
    private static final Coding HEART_RATE = new Coding("http://loinc.org", "8867-4", "Heart rate");

    private final ClinicalChangeDescriber describer = new ClinicalChangeDescriber();

    private static ObservationState heartRate(String value, String interpretation) {
        return new ObservationState(1, UUID.randomUUID(), PATIENT, ENCOUNTER, "VITAL_SIGNS", HEART_RATE,
                new BigDecimal(value), "/min", null, new BigDecimal("60"), new BigDecimal("100"), interpretation, T0,
                new Provenance("hospB", T0, "nurse.b", T0, "nurse.b", null, null, null));
    }

    private static TreatmentState treatment(String status, Instant startedAt, Instant changedAt, String changedBy) {
        return new TreatmentState(1, UUID.randomUUID(), PATIENT, ENCOUNTER, new Coding("http://snomed.info/sct",
                "18629005", "Administration of drug"), "IV", status, null, startedAt, null, null, null,
                new Provenance("hospA", T0, "dr.a", changedAt, changedBy, null, null, null));
    }

    private Optional<ClinicalChange> describe(ChangeType type, Object state) {
        return describer.describe(new RecordChange(type, UUID.randomUUID(), PATIENT, "hospB", JSON.toJson(state)));
    }

    @Test
    void shouldDescribeAResultOutsideItsRangeWithItsValueAndRange() {
        ClinicalChange change = describe(ChangeType.OBSERVATION_RECORDED, heartRate("131", "HIGH")).orElseThrow();

        assertThat(change.what()).isEqualTo(ClinicalHappening.RESULT_OUT_OF_RANGE);
        assertThat(change.summary()).isEqualTo("Heart rate 131 /min (HIGH; reference 60–100)");
        assertThat(change.encounterId()).isEqualTo(ENCOUNTER);
        assertThat(change.origin()).isEqualTo("hospB");
        assertThat(change.actor()).isEqualTo("nurse.b");
        assertThat(change.at()).isEqualTo(T0);
        assertThat(change.topic()).as("a repeat is recognised by the test and the interpretation")
                .isEqualTo("http://loinc.org|8867-4|HIGH");
    }

    @Test
    void shouldNameAOneSidedReference() {
        ObservationState cholesterol = new ObservationState(1, UUID.randomUUID(), PATIENT, ENCOUNTER, "LABORATORY",
                new Coding("http://loinc.org", "2093-3", "Cholesterol"), new BigDecimal("305"), "mg/dL", null, null,
                new BigDecimal("200"), "HIGH", T0, new Provenance("hospB", T0, "nurse.b", null, null, null, null,
                        null));

        assertThat(describe(ChangeType.OBSERVATION_RECORDED, cholesterol)).map(ClinicalChange::summary)
                .contains("Cholesterol 305 mg/dL (HIGH; reference ≤ 200)");
    }

    @Test
    void shouldSayNothingOfANormalOrUninterpretedResultOrAnotherKindOfChange() {
        assertThat(describe(ChangeType.OBSERVATION_RECORDED, heartRate("72", "NORMAL"))).isEmpty();
        assertThat(describe(ChangeType.OBSERVATION_RECORDED, heartRate("72", null))).isEmpty();
        assertThat(describe(ChangeType.OBSERVATION_VOIDED, heartRate("131", "HIGH"))).isEmpty();
        assertThat(describe(ChangeType.CONDITION_ADDED, heartRate("131", "HIGH"))).isEmpty();
    }

    @Test
    void shouldDescribeATreatmentOrderedStartedOrCancelledButNotCompletedOrEdited() {
        Instant later = T0.plusSeconds(60);
        assertThat(describe(ChangeType.TREATMENT_ORDERED, treatment("ORDERED", null, T0, "dr.a")))
                .map(ClinicalChange::what).contains(ClinicalHappening.TREATMENT_ORDERED);
        assertThat(describe(ChangeType.TREATMENT_UPDATED, treatment("IN_PROGRESS", later, later, "nurse.a")))
                .hasValueSatisfying(c -> {
                    assertThat(c.what()).isEqualTo(ClinicalHappening.TREATMENT_STARTED);
                    assertThat(c.summary()).isEqualTo("Administration of drug started");
                    assertThat(c.actor()).isEqualTo("nurse.a");
                });
        assertThat(describe(ChangeType.TREATMENT_UPDATED, treatment("CANCELLED", null, later, "dr.a")))
                .map(ClinicalChange::what).contains(ClinicalHappening.TREATMENT_CANCELLED);
        assertThat(describe(ChangeType.TREATMENT_UPDATED, treatment("COMPLETED", T0, later, "nurse.a"))).isEmpty();
        assertThat(describe(ChangeType.TREATMENT_UPDATED, treatment("IN_PROGRESS", T0, later, "nurse.a")))
                .as("edited while in progress").isEmpty();
    }
}
