package org.medmesh.clinical.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmesh.clinical.domain.model.Fixtures.NOW;
import static org.medmesh.clinical.domain.model.Fixtures.PATIENT;
import static org.medmesh.clinical.domain.model.Fixtures.by;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;

class StatusFlowTest {

    private static final CodedConcept DRESSING = new CodedConcept(null, null, "Wound dressing change");

    @Test
    void shouldRunATreatmentFromOrderToCompletion() {
        Treatment treatment = new Treatment(PATIENT, null, DRESSING, "daily", by("dr.a"));
        treatment.start(by("nurse.a"));
        treatment.complete("clean wound", by("nurse.a"));
        assertThat(treatment.status()).isEqualTo(TreatmentStatus.COMPLETED);
        assertThat(treatment.orderedBy()).isEqualTo("dr.a");
        assertThat(treatment.performedBy()).isEqualTo("nurse.a");
    }

    @Test
    void shouldRefuseToCompleteATreatmentThatNeverStarted() {
        Treatment treatment = new Treatment(PATIENT, null, DRESSING, null, by("dr.a"));
        assertThatThrownBy(() -> treatment.complete("done", by("nurse.a"))).isInstanceOf(IllegalTransition.class)
                .hasMessage("A treatment that is ordered cannot become completed.");
    }

    @Test
    void shouldRequireAReasonToCancelAndNeverReopen() {
        Treatment treatment = new Treatment(PATIENT, null, DRESSING, null, by("dr.a"));
        assertThatThrownBy(() -> treatment.cancel(" ", by("dr.a"))).hasMessageContaining("reason");
        treatment.cancel("patient discharged", by("dr.a"));
        assertThatThrownBy(() -> treatment.start(by("nurse.a"))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void shouldFinishAVisitOnlyOnceAndNotBeforeItStarted() {
        Encounter visit = new Encounter(PATIENT, EncounterType.EMERGENCY, "ER", "dr.a", NOW.minusSeconds(3600),
                by("nurse.a"));
        assertThatThrownBy(() -> visit.finish(NOW.minusSeconds(7200), by("nurse.a")))
                .hasMessageContaining("before it started");
        visit.finish(NOW, by("nurse.a"));
        assertThatThrownBy(() -> visit.finish(NOW, by("nurse.a"))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void shouldKeepVoidedRecordsWithWhoWhenAndWhyAndFreezeThem() {
        Allergy allergy = new Allergy(PATIENT, new CodedConcept(null, null, "Peanut"), "hives",
                AllergySeverity.MODERATE, by("nurse.a"));
        allergy.voidRecord(by("dr.a"), " entered for the wrong patient ");
        assertThat(allergy.voided()).isTrue();
        assertThat(allergy.voidedBy()).isEqualTo("dr.a");
        assertThat(allergy.voidReason()).isEqualTo("entered for the wrong patient");
        assertThat(allergy.active()).isFalse();
        assertThatThrownBy(() -> allergy.changeStatus(AllergyStatus.RESOLVED, by("dr.a")))
                .isInstanceOf(ClinicalRuleViolation.class).hasMessageContaining("voided");
        assertThatThrownBy(() -> allergy.voidRecord(by("dr.a"), "again")).hasMessageContaining("voided");
    }

    @Test
    void shouldRecordTheAbatementDayWhenAConditionResolves() {
        Condition condition = new Condition(PATIENT, new CodedConcept(CodedConcept.SNOMED, "38341003",
                "Hypertensive disorder"), null, null, by("dr.a"));
        condition.changeStatus(ConditionStatus.RESOLVED, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                by("dr.a"));
        assertThat(condition.abatementDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> condition.changeStatus(ConditionStatus.RESOLVED, null, by("dr.a")))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void shouldKeepTimesToTheMicrosecondLikeTheDatabase() {
        java.time.Instant nanos = java.time.Instant.parse("2026-11-23T10:00:00.123456789Z");
        Encounter visit = new Encounter(PATIENT, EncounterType.AMBULATORY, null, "dr.a", nanos,
                new org.medmesh.shared.domain.model.Stamp("dr.a", new org.medmesh.shared.domain.model.HospitalId(
                        "hospA"), nanos));
        assertThat(visit.startedAt()).isEqualTo("2026-11-23T10:00:00.123456Z");
        assertThat(visit.createdAt()).isEqualTo("2026-11-23T10:00:00.123456Z");
    }

    @Test
    void shouldStampEachChangeWithAnIncreasingHlcAndGrowItsVersionVector() {
        org.medmesh.shared.domain.model.HospitalId a = new org.medmesh.shared.domain.model.HospitalId("hospA");
        Treatment treatment = new Treatment(PATIENT, null, DRESSING, null, by("dr.a"));
        treatment.stampChange(new org.medmesh.shared.domain.model.Hlc(10, 0, a));
        treatment.start(by("nurse.a"));
        treatment.stampChange(new org.medmesh.shared.domain.model.Hlc(11, 0, a));
        assertThat(treatment.changeHlc()).isEqualTo(new org.medmesh.shared.domain.model.Hlc(11, 0, a));
        assertThat(treatment.versionVector().toString()).isEqualTo("hospA=" + treatment.changeHlc());
        assertThatThrownBy(() -> treatment.stampChange(new org.medmesh.shared.domain.model.Hlc(11, 0, a)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRequireBothSystemAndCodeOrNeither() {
        assertThatThrownBy(() -> new CodedConcept(CodedConcept.LOINC, null, "x"))
                .hasMessageContaining("both a code system and a code");
    }
}
