package org.medmesh.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.notification.application.NotificationView;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.PatientVisibility;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;

class DefaultNotificationServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    private final StoredNotifications stored = new StoredNotifications();
    private final Set<UUID> visible = new HashSet<>();
    private final List<UUID> asked = new ArrayList<>();
    private final DefaultNotificationService service = new DefaultNotificationService();

    DefaultNotificationServiceTest() {
        service.notifications = stored;
        service.patients = new PatientVisibility() {

            @Override
            public boolean maySee(UUID patient) {
                asked.add(patient);
                return visible.contains(patient);
            }

            @Override
            public boolean maySee(UUID patient, String username) {
                throw new AssertionError("the list is the caller's");
            }
        };
    }

    @Test
    void shouldNeverListAClinicalAlertToAdministrators() {
        UUID patient = UUID.randomUUID();
        stored.store(highRisk(patient, 1));
        stored.store(Notification.breakGlass(UUID.randomUUID(), patient, "Unconscious", stamp(2)));
        stored.store(Notification.syncQuarantined(UUID.randomUUID(), "hospA", "peer-hospB", "bad seal", at(3)));
        stored.store(Notification.staffAccountChanged(UUID.randomUUID(), "hospA", "admin.a", "disabled account x",
                at(4), at(4)));

        assertThat(service.forAdministrators(100)).extracting(NotificationView::kind)
                .containsExactly("staff-account-changed", "sync-quarantined", "break-glass");
    }

    @Test
    void shouldListToCliniciansOnlyTheAlertsOfPatientsTheyMaySee() {
        UUID open = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        visible.add(open);
        stored.store(highRisk(open, 1));
        stored.store(highRisk(closed, 2));
        stored.store(Notification.breakGlass(UUID.randomUUID(), open, "Unconscious", stamp(3)));
        stored.store(highRisk(open, 4));

        List<NotificationView> shown = service.forClinicians(100);

        assertThat(shown).extracting(NotificationView::kind).containsOnly("risk-high");
        assertThat(shown).extracting(NotificationView::patientId).containsExactly(open, open);
        assertThat(asked).as("each patient asked about once").containsExactlyInAnyOrder(open, closed);
    }

    @Test
    void shouldFillTheLimitFromOlderAlertsWhenNewerOnesAreHidden() {
        UUID open = UUID.randomUUID();
        visible.add(open);
        for (int i = 0; i < 5; i++) {
            stored.store(highRisk(open, i));
        }
        for (int i = 5; i < 12; i++) {
            stored.store(highRisk(UUID.randomUUID(), i));
        }

        List<NotificationView> shown = service.forClinicians(3);

        assertThat(shown).extracting(NotificationView::occurredAt).containsExactly(at(4), at(3), at(2));
        assertThat(service.forClinicians(10)).hasSize(5);
    }

    @Test
    void shouldRefuseALimitOutside1To500() {
        for (int limit : new int[]{0, 501}) {
            assertThatThrownBy(() -> service.forClinicians(limit)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> service.forAdministrators(limit)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Notification highRisk(UUID patient, int minute) {
        return Notification.highRisk(UUID.randomUUID(), patient, "hospA", "Heart-disease risk HIGH", at(minute),
                at(minute));
    }

    private static Stamp stamp(int minute) {
        return new Stamp("dr.a", new HospitalId("hospA"), at(minute));
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }
}
