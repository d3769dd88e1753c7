package org.medmesh.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NotificationAudienceTest {

    @Test
    void shouldGiveEveryKindOfNotificationToExactlyOneAudience() {
        List<String> kinds = Arrays.stream(Notification.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(NotificationAudienceTest::value).toList();
        assertThat(kinds).contains("risk-high", "break-glass", "sync-quarantined", "staff-account-changed");
        for (String kind : kinds) {
            assertThat(Arrays.stream(NotificationAudience.values()).filter(a -> a.kinds().contains(kind)))
                    .as(kind).hasSize(1);
        }
    }

    @Test
    void shouldTellClinicalAlertsToCliniciansAndEverythingElseToAdministrators() {
        assertThat(NotificationAudience.CLINICIANS.kinds()).containsExactly("risk-high");
        assertThat(NotificationAudience.RECIPIENTS_ONLY.kinds()).containsExactlyInAnyOrder("prescription", "treatment",
                "result-out-of-range", "sync-conflict");
        assertThat(NotificationAudience.ADMINISTRATORS.kinds()).containsExactlyInAnyOrder("break-glass",
                "sync-quarantined", "staff-account-changed");
    }

    @Test
    void shouldRecordAStaffAccountChangeWithoutAPatient() {
        UUID change = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        Notification n = Notification.staffAccountChanged(change, "hospA", "admin.a",
                "created account dr.b with role doctor", at, at.plusMillis(3));
        assertThat(n.kind()).isEqualTo("staff-account-changed");
        assertThat(n.subjectId()).isEqualTo(change);
        assertThat(n.patientId()).isNull();
        assertThat(n.actor()).isEqualTo("admin.a");
        assertThat(n.reason()).isEqualTo("created account dr.b with role doctor");
        assertThat(n.occurredAt()).isEqualTo(at);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
