package org.medmesh.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.notification.application.NotificationStored;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRule;

class NotificationLogTest {

    private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final String HEART_RATE_HIGH = "http://loinc.org|8867-4|HIGH";

    private final StoredNotifications stored = new StoredNotifications();
    private final FiredEvents<NotificationStored> fired = new FiredEvents<>();
    private final NotificationLog log = new NotificationLog();

    NotificationLogTest() {
        log.notifications = stored;
        log.stored = fired;
    }

    @Test
    void aChangeReceivedTwiceIsNotifiedOnce() {
        UUID event = UUID.randomUUID();
        assertThat(log.record(result(event, PATIENT, HEART_RATE_HIGH, AT))).isTrue();
        assertThat(log.record(result(event, PATIENT, HEART_RATE_HIGH, AT))).isFalse();
        assertThat(stored.all()).hasSize(1);
        assertThat(fired.fired()).hasSize(1);
    }

    @Test
    void aRepeatOfTheSameTestAndInterpretationWithinTheHourIsNotNotifiedAgain() {
        assertThat(log.record(result(UUID.randomUUID(), PATIENT, HEART_RATE_HIGH, AT))).isTrue();
        assertThat(log.record(result(UUID.randomUUID(), PATIENT, HEART_RATE_HIGH, AT.plus(Duration.ofMinutes(59)))))
                .as("the same test, high again, within the hour").isFalse();

        assertThat(log.record(result(UUID.randomUUID(), PATIENT, "http://loinc.org|8867-4|LOW",
                AT.plus(Duration.ofMinutes(5))))).as("a changed interpretation").isTrue();
        assertThat(log.record(result(UUID.randomUUID(), PATIENT, "http://loinc.org|8480-6|HIGH",
                AT.plus(Duration.ofMinutes(5))))).as("another test").isTrue();
        assertThat(log.record(result(UUID.randomUUID(), UUID.randomUUID(), HEART_RATE_HIGH,
                AT.plus(Duration.ofMinutes(5))))).as("another patient").isTrue();
        assertThat(log.record(result(UUID.randomUUID(), PATIENT, HEART_RATE_HIGH, AT.plus(Duration.ofMinutes(61)))))
                .as("over an hour after the last notice").isTrue();
    }

    @Test
    void changesWithoutATopicAreNotifiedEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(log.record(Notification.clinical(NotificationRule.TREATMENT_TO_WARD_NURSES,
                    new ClinicalChange(ClinicalHappening.TREATMENT_ORDERED, UUID.randomUUID(), PATIENT, null, "hospA",
                            "dr.a", AT, "Physiotherapy ordered"),
                    AT))).isTrue();
        }
    }

    private static Notification result(UUID event, UUID patient, String topic, Instant at) {
        return Notification.clinical(NotificationRule.RESULT_TO_DOCTOR, new ClinicalChange(
                ClinicalHappening.RESULT_OUT_OF_RANGE, event, patient, null, "hospA", "nurse.a", at,
                "Heart rate 130 /min (HIGH)", topic), at);
    }
}
