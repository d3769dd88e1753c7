package org.medmesh.chart.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.shared.application.RecordMetadata;

class ChartRecordsTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-06T08:15:30.123456Z");

    @Test
    void shouldComeBackFromItsJsonExactlyAsItWasKept() {
        UUID encounter = UUID.randomUUID();
        ChartRecords records = new ChartRecords(
                List.of(new ConditionView(UUID.randomUUID(), PATIENT, new CodedConcept("http://snomed.info/sct",
                        "38341003", "Hypertension"), "ACTIVE", LocalDate.of(2020, 2, 29), null, "on ramipril",
                        metadata(false))),
                List.of(new AllergyView(UUID.randomUUID(), PATIENT, new CodedConcept(null, null, "Penicillin"),
                        "rash", "SEVERE", "ACTIVE", metadata(false))),
                List.of(new PrescriptionView(UUID.randomUUID(), PATIENT, encounter, new CodedConcept(
                        "http://www.nlm.nih.gov/research/umls/rxnorm", "29046", "Lisinopril"),
                        new BigDecimal("10.50"), "mg", "oral", "daily", 30, "with food", "ACTIVE", "dr.house",
                        null, null, null, metadata(false))),
                List.of(new ObservationView(UUID.randomUUID(), PATIENT, encounter, "VITAL_SIGNS",
                        new CodedConcept("http://loinc.org", "8867-4", "Heart rate"), new BigDecimal("72"),
                        "/min", null, new BigDecimal("60"), new BigDecimal("100"), "N", AT, metadata(false))),
                List.of(new EncounterView(encounter, PATIENT, "INPATIENT", "Ward 3 — Cardiología", "dr.house", AT,
                        null, "IN_PROGRESS", metadata(true))));

        assertThat(ChartRecords.fromJson(records.toJson())).isEqualTo(records);
    }

    @Test
    void shouldKeepAnEmptyChartEmpty() {
        ChartRecords empty = new ChartRecords(List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(ChartRecords.fromJson(empty.toJson())).isEqualTo(empty);
    }

    private static RecordMetadata metadata(boolean voided) {
        return new RecordMetadata("hospA", AT, "nurse.joy", AT.plusSeconds(60), "dr.house", voided,
                voided ? AT.plusSeconds(120) : null, voided ? "dr.house" : null, voided ? "entered in error" : null,
                3);
    }
}
