package org.medmesh.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationRuleTest {

    private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID ENCOUNTER = UUID.randomUUID();

    private static ClinicalChange change(ClinicalHappening what, String origin) {
        return new ClinicalChange(what, UUID.randomUUID(), PATIENT, ENCOUNTER, origin, "dr.a", AT, "summary");
    }

    @Test
    void shouldSendAPrescriptionWrittenHereToThePharmacyAndOneWrittenElsewhereToTheCareTeam() {
        for (ClinicalHappening what : new ClinicalHappening[]{ClinicalHappening.PRESCRIPTION_CREATED,
                ClinicalHappening.PRESCRIPTION_STOPPED}) {
            NotificationRule here = NotificationRule.forChange(change(what, "hospA"), "hospA").orElseThrow();
            NotificationRule elsewhere = NotificationRule.forChange(change(what, "hospB"), "hospA").orElseThrow();

            assertThat(here).isEqualTo(NotificationRule.PRESCRIPTION_TO_PHARMACY);
            assertThat(here.audience(notification(here, what, "hospA"))).isEqualTo(new Audience.WithRole(
                    "pharmacist"));
            assertThat(elsewhere).isEqualTo(NotificationRule.PRESCRIPTION_ELSEWHERE_TO_CARE_TEAM);
            assertThat(elsewhere.audience(notification(elsewhere, what, "hospB"))).isEqualTo(new Audience.CareTeam(
                    PATIENT));
        }
    }

    @Test
    void shouldSendATreatmentOfThisHospitalToItsWardsNursesAndIgnoreOneOfAnotherHospital() {
        for (ClinicalHappening what : new ClinicalHappening[]{ClinicalHappening.TREATMENT_ORDERED,
                ClinicalHappening.TREATMENT_STARTED, ClinicalHappening.TREATMENT_CANCELLED}) {
            NotificationRule rule = NotificationRule.forChange(change(what, "hospA"), "hospA").orElseThrow();

            assertThat(rule).isEqualTo(NotificationRule.TREATMENT_TO_WARD_NURSES);
            assertThat(rule.audience(notification(rule, what, "hospA"))).isEqualTo(new Audience.WardNurses(
                    ENCOUNTER));
            assertThat(NotificationRule.forChange(change(what, "hospB"), "hospA")).isEmpty();
        }
    }

    @Test
    void shouldSendAnAbnormalResultFromAnywhereToTheTreatingDoctor() {
        for (String origin : new String[]{"hospA", "hospB"}) {
            NotificationRule rule = NotificationRule.forChange(change(ClinicalHappening.RESULT_OUT_OF_RANGE, origin),
                    "hospA").orElseThrow();

            assertThat(rule).isEqualTo(NotificationRule.RESULT_TO_DOCTOR);
            assertThat(rule.audience(notification(rule, ClinicalHappening.RESULT_OUT_OF_RANGE, origin)))
                    .isEqualTo(new Audience.EncounterDoctor(ENCOUNTER, PATIENT));
        }
    }

    @Test
    void shouldTellAdministratorsOfAccessReplicationAndAccountsAndDoctorsOfConflicts() {
        UUID subject = UUID.randomUUID();
        assertThat(NotificationRule.BREAK_GLASS_TO_ADMINISTRATORS.audience(Notification.syncQuarantined(subject,
                "hospA", "peer", "forged", AT))).isEqualTo(new Audience.WithRole("admin"));
        Notification conflict = Notification.syncConflict(subject, PATIENT, "hospA", "hospB", "a condition", AT, AT);
        assertThat(conflict.rule()).contains(NotificationRule.CONFLICT_TO_REVIEWERS);
        assertThat(NotificationRule.CONFLICT_TO_REVIEWERS.audience(conflict)).isEqualTo(new Audience.WithRole(
                "doctor"));
        Notification risk = Notification.highRisk(subject, PATIENT, "hospA", "high", AT, AT);
        assertThat(risk.rule().orElseThrow().audience(risk)).isEqualTo(new Audience.CareTeam(PATIENT));
    }

    @ParameterizedTest
    @EnumSource(NotificationRule.class)
    void shouldBeFoundByItsNameAndMakeAKindEveryAudienceKnows(NotificationRule rule) {
        assertThat(NotificationRule.named(rule.ruleName())).contains(rule);
        assertThat(Arrays.stream(NotificationAudience.values()).filter(a -> a.kinds().contains(rule.kind())))
                .hasSize(1);
    }

    @Test
    void shouldKeepTheChangesEncounterAndSummaryInTheNotification() {
        ClinicalChange change = change(ClinicalHappening.RESULT_OUT_OF_RANGE, "hospB");
        Notification n = Notification.clinical(NotificationRule.RESULT_TO_DOCTOR, change, AT.plusSeconds(1));

        assertThat(n.kind()).isEqualTo(Notification.RESULT_OUT_OF_RANGE);
        assertThat(n.subjectId()).isEqualTo(change.eventId());
        assertThat(n.encounterId()).isEqualTo(ENCOUNTER);
        assertThat(n.hospital()).isEqualTo("hospB");
        assertThat(n.reason()).isEqualTo("summary");
        assertThat(n.fannedOut()).isFalse();
    }

    private static Notification notification(NotificationRule rule, ClinicalHappening what, String origin) {
        return Notification.clinical(rule, change(what, origin), AT);
    }
}
