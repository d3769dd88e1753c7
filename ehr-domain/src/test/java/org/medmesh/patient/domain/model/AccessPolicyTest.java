package org.medmesh.patient.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;

class AccessPolicyTest {

    private static final HospitalId HOME = new HospitalId("hospA");
    private static final HospitalId HERE = new HospitalId("hospB");
    private static final HospitalId OTHER = new HospitalId("hospC");
    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
    private static final PatientId PATIENT = new PatientId(UUID.randomUUID());

    @Test
    void shouldAllowEverythingAtTheHomeHospitalEvenWhenSharingIsOff() {
        assertThat(AccessPolicy.decide(HOME, HOME, notSharing(), List.of(), "dr.a", NOW))
                .isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void shouldAllowAnotherHospitalWhileThePatientSharesOrNeverChose() {
        assertThat(AccessPolicy.decide(HOME, HERE, null, List.of(), "dr.b", NOW)).isEqualTo(AccessDecision.ALLOWED);
        assertThat(AccessPolicy.decide(HOME, HERE, consent(true), List.of(), "dr.b", NOW))
                .isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void shouldRefuseAnotherHospitalWhenSharingIsOffAndNoGrantRuns() {
        AccessDecision decision = AccessPolicy.decide(HOME, HERE, notSharing(), List.of(), "dr.b", NOW);

        assertThat(decision).isEqualTo(AccessDecision.CONSENT_REQUIRED);
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void shouldAllowTheGranteeAtTheGrantingHospitalWhileTheGrantRuns() {
        BreakGlassGrant grant = grant("dr.b", HERE, NOW.minusSeconds(60), Duration.ofMinutes(60));

        assertThat(AccessPolicy.decide(HOME, HERE, notSharing(), List.of(grant), "dr.b", NOW))
                .isEqualTo(AccessDecision.ALLOWED_BY_BREAK_GLASS);
    }

    @Test
    void shouldRefuseOnceTheGrantHasExpired() {
        BreakGlassGrant grant = grant("dr.b", HERE, NOW.minus(Duration.ofMinutes(61)), Duration.ofMinutes(60));

        assertThat(AccessPolicy.decide(HOME, HERE, notSharing(), List.of(grant), "dr.b", NOW))
                .isEqualTo(AccessDecision.CONSENT_REQUIRED);
        assertThat(AccessPolicy.decide(HOME, HERE, notSharing(), List.of(grant), "dr.b", grant.expiresAt()))
                .as("the grant ends at its expiry instant").isEqualTo(AccessDecision.CONSENT_REQUIRED);
    }

    @Test
    void shouldRefuseAnotherUserAndTheSameUsernameAtAnotherHospital() {
        BreakGlassGrant grant = grant("dr.b", HERE, NOW.minusSeconds(60), Duration.ofMinutes(60));

        assertThat(AccessPolicy.decide(HOME, HERE, notSharing(), List.of(grant), "nurse.b", NOW))
                .isEqualTo(AccessDecision.CONSENT_REQUIRED);
        assertThat(AccessPolicy.decide(HOME, OTHER, notSharing(), List.of(grant), "dr.b", NOW))
                .as("a grant made at hospB opens nothing at hospC").isEqualTo(AccessDecision.CONSENT_REQUIRED);
    }

    @Test
    void shouldRefuseAVoidedGrant() {
        BreakGlassGrant grant = grant("dr.b", HERE, NOW.minusSeconds(60), Duration.ofMinutes(60));
        grant.voidRecord(new Stamp("admin.b", HERE, NOW), "granted in error");

        assertThat(AccessPolicy.decide(HOME, HERE, notSharing(), List.of(grant), "dr.b", NOW))
                .isEqualTo(AccessDecision.CONSENT_REQUIRED);
    }

    @Test
    void shouldFindTheCallersRunningGrantAtThisHospitalOnly() {
        BreakGlassGrant first = grant("dr.b", HERE, NOW.minus(Duration.ofMinutes(50)), Duration.ofMinutes(60));
        BreakGlassGrant later = grant("dr.b", HERE, NOW.minus(Duration.ofMinutes(10)), Duration.ofMinutes(60));
        BreakGlassGrant expired = grant("dr.b", HERE, NOW.minus(Duration.ofMinutes(90)), Duration.ofMinutes(60));
        List<BreakGlassGrant> grants = List.of(expired, later, first);

        assertThat(AccessPolicy.runningGrant(grants, "dr.b", HERE, NOW)).as("the one running longest")
                .containsSame(later);
        assertThat(AccessPolicy.runningGrant(grants, "nurse.b", HERE, NOW)).isEmpty();
        assertThat(AccessPolicy.runningGrant(grants, "dr.b", OTHER, NOW)).isEmpty();
        assertThat(AccessPolicy.runningGrant(grants, "dr.b", HERE, later.expiresAt())).isEmpty();
    }

    @Test
    void shouldStampOnlyTheChoiceThatChanged() {
        PatientConsent consent = new PatientConsent(PATIENT, new Stamp("nurse.a", HOME, NOW));

        consent.choose(false, true, "patient asked", new Stamp("nurse.a", HOME, NOW.plusSeconds(5)));

        assertThat(consent.id()).isEqualTo(PATIENT.value());
        assertThat(consent.sharingWithHospitals()).isFalse();
        assertThat(consent.sharingChangedBy()).isEqualTo("nurse.a");
        assertThat(consent.sharingChangedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(consent.sharingReason()).isEqualTo("patient asked");
        assertThat(consent.analyticsUse()).isTrue();
        assertThat(consent.analyticsChangedAt()).isNull();
        assertThatThrownBy(() -> consent.choose(true, true, "", new Stamp("nurse.a", HOME, NOW)))
                .isInstanceOf(ClinicalRuleViolation.class);
    }

    private static PatientConsent notSharing() {
        return consent(false);
    }

    private static PatientConsent consent(boolean sharing) {
        PatientConsent consent = new PatientConsent(PATIENT, new Stamp("nurse.a", HOME, NOW.minusSeconds(3600)));
        consent.choose(sharing, true, "patient's choice", new Stamp("nurse.a", HOME, NOW.minusSeconds(3500)));
        return consent;
    }

    private static BreakGlassGrant grant(String user, HospitalId at, Instant when, Duration lasting) {
        return new BreakGlassGrant(PATIENT, new BreakGlassReason("unconscious in the emergency room"), lasting,
                new Stamp(user, at, when));
    }
}
