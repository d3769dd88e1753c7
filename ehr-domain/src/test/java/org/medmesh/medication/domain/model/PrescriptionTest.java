package org.medmesh.medication.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmesh.clinical.domain.model.Fixtures.PATIENT;
import static org.medmesh.clinical.domain.model.Fixtures.by;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.AllergySeverity;
import org.medmesh.clinical.domain.model.AllergyStatus;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.shared.domain.model.IllegalTransition;

class PrescriptionTest {

    private static final CodedConcept AMOXICILLIN = new CodedConcept(CodedConcept.RXNORM, "723",
            "Amoxicillin 500 MG Oral Capsule");
    private static final Dosage TDS = new Dosage(new BigDecimal("500"), "mg", Route.ORAL, "every 8 hours", 7);

    private static Allergy allergyTo(String substance) {
        return new Allergy(PATIENT, new CodedConcept(null, null, substance), "rash", AllergySeverity.SEVERE,
                by("nurse.a"));
    }

    private static Prescription prescribe(CodedConcept drug, List<PrescriptionConflict> conflicts, String reason) {
        return new Prescription(PATIENT, null, drug, TDS, null, conflicts, reason, by("dr.a"));
    }

    @Test
    void shouldFindAnAllergyToTheDrugsClass() {
        List<PrescriptionConflict> conflicts = PrescriptionSafetyCheck.conflicts(AMOXICILLIN,
                List.of(allergyTo("Penicillins")), List.of());
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.ALLERGY);
            assertThat(conflict.description()).isEqualTo(
                    "Patient has an active severe allergy to Penicillins (reaction: rash).");
        });
    }

    @Test
    void shouldFindAnAllergyNamingTheDrugAndIgnoreInactiveOnes() {
        Allergy resolved = allergyTo("amoxicillin");
        resolved.changeStatus(AllergyStatus.RESOLVED, by("dr.a"));
        assertThat(PrescriptionSafetyCheck.conflicts(AMOXICILLIN, List.of(allergyTo("Amoxicillin")), List.of()))
                .hasSize(1);
        assertThat(PrescriptionSafetyCheck.conflicts(AMOXICILLIN, List.of(resolved, allergyTo("Peanut")),
                List.of())).isEmpty();
    }

    @Test
    void shouldFindACurrentPrescriptionOfTheSameDrug() {
        Prescription current = prescribe(AMOXICILLIN, List.of(), null);
        Prescription stopped = prescribe(AMOXICILLIN, List.of(), null);
        stopped.cancel("rash", by("dr.a"));
        List<PrescriptionConflict> conflicts = PrescriptionSafetyCheck.conflicts(
                new CodedConcept(CodedConcept.RXNORM, "723", "amoxicillin (other label)"), List.of(),
                List.of(current, stopped));
        assertThat(conflicts).extracting(PrescriptionConflict::kind).containsExactly(ConflictKind.DUPLICATE_THERAPY);
    }

    @Test
    void shouldRefuseConflictsUnlessOverriddenWithAReasonThatIsKept() {
        List<PrescriptionConflict> conflicts = PrescriptionSafetyCheck.conflicts(AMOXICILLIN,
                List.of(allergyTo("penicillin")), List.of());
        assertThatThrownBy(() -> prescribe(AMOXICILLIN, conflicts, null)).isInstanceOf(PrescriptionRefused.class)
                .hasMessageContaining("allergy to penicillin").hasMessageContaining("overrideReason");
        Prescription overridden = prescribe(AMOXICILLIN, conflicts,
                "tolerated amoxicillin in 2024, benefit outweighs risk");
        assertThat(overridden.overrideReason()).startsWith("tolerated");
        assertThat(overridden.overriddenConflicts()).contains("allergy to penicillin");
    }

    @Test
    void shouldFollowTheStatusFlow() {
        Prescription prescription = prescribe(AMOXICILLIN, List.of(), null);
        assertThatThrownBy(() -> prescription.complete(by("dr.a"))).isInstanceOf(IllegalTransition.class)
                .hasMessage("A prescription that is active cannot become completed.");
        prescription.markDispensed(by("pharm.a"));
        assertThatThrownBy(() -> prescription.markDispensed(by("pharm.a"))).isInstanceOf(IllegalTransition.class);
        prescription.complete(by("dr.a"));
        assertThatThrownBy(() -> prescription.cancel("x", by("dr.a"))).isInstanceOf(IllegalTransition.class);
        assertThat(prescription.current()).isFalse();
    }
}
