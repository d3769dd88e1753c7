package org.medmesh.medication.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.medication.application.replica.MedicationStates.PrescriptionState;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;
import org.medmesh.shared.application.replica.Coding;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.domain.model.ChangeType;

class MedicationChangeDescriberTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();

    private final MedicationChangeDescriber describer = new MedicationChangeDescriber();

    private static PrescriptionState prescription(String status, String changedBy) {
        return new PrescriptionState(1, UUID.randomUUID(), PATIENT, null, new Coding(
                "http://www.nlm.nih.gov/research/umls/rxnorm", "723", "Amoxicillin"), new BigDecimal("500"), "mg",
                "ORAL", "every 8 hours", 7, null, status, null, null, null,
                new Provenance("hospA", T0, "dr.a", T0.plusSeconds(5), changedBy, null, null, null));
    }

    private Optional<ClinicalChange> describe(ChangeType type, PrescriptionState state) {
        return describer.describe(new RecordChange(type, UUID.randomUUID(), PATIENT, "hospA", JSON.toJson(state)));
    }

    @Test
    void shouldDescribeAWrittenOrStoppedPrescriptionForThePharmacy() {
        assertThat(describe(ChangeType.PRESCRIPTION_CREATED, prescription("ACTIVE", "dr.a"))).hasValueSatisfying(
                c -> {
                    assertThat(c.what()).isEqualTo(ClinicalHappening.PRESCRIPTION_CREATED);
                    assertThat(c.summary()).isEqualTo("Amoxicillin 500 mg, oral, every 8 hours");
                    assertThat(c.actor()).isEqualTo("dr.a");
                    assertThat(c.patientId()).isEqualTo(PATIENT);
                });
        assertThat(describe(ChangeType.PRESCRIPTION_CANCELLED, prescription("CANCELLED", "dr.c")))
                .hasValueSatisfying(c -> {
                    assertThat(c.what()).isEqualTo(ClinicalHappening.PRESCRIPTION_STOPPED);
                    assertThat(c.summary()).startsWith("Stopped: Amoxicillin");
                    assertThat(c.actor()).isEqualTo("dr.c");
                });
    }

    @Test
    void shouldSayNothingOfThePharmacysOwnWork() {
        assertThat(describe(ChangeType.PRESCRIPTION_DISPENSED, prescription("DISPENSED", "pharm.a"))).isEmpty();
        assertThat(describe(ChangeType.PRESCRIPTION_COMPLETED, prescription("COMPLETED", "pharm.a"))).isEmpty();
    }
}
