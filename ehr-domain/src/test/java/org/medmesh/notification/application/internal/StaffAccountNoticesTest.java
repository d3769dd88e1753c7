package org.medmesh.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRepository;
import org.medmesh.shared.domain.model.HospitalId;

class StaffAccountNoticesTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    private final List<Notification> stored = new ArrayList<>();
    private final StaffAccountNotices notices = new StaffAccountNotices();

    StaffAccountNoticesTest() {
        notices.notifications = new NotificationRepository() {

            @Override
            public void store(Notification notification) {
                stored.add(notification);
            }

            @Override
            public boolean exists(String kind, UUID subject) {
                return false;
            }

            @Override
            public List<Notification> newest(Set<String> kinds, int skip, int limit) {
                return List.of();
            }
        };
        notices.hospital = () -> new HospitalProfile(new HospitalId("hospA"), "Hospital A", "test", List.of());
    }

    @Test
    void shouldTellTheAdministratorsOfEveryAccountChangeEachAsItsOwnSubject() {
        StaffAccount account = new StaffAccount(StaffId.next(), "dr.b", "Dr B", StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", T0, "admin.a");

        notices.changed(account.creation());
        notices.changed(account.changeRole(StaffRole.NURSE, "admin.b", T0.plusSeconds(60)));
        notices.changed(account.disable("admin.a", T0.plusSeconds(120)));
        notices.changed(account.enable("admin.b", T0.plusSeconds(180)));

        assertThat(stored).extracting(Notification::reason).containsExactly(
                "created account dr.b with role doctor", "changed the role of account dr.b from doctor to nurse",
                "disabled account dr.b", "enabled account dr.b");
        assertThat(stored).extracting(Notification::actor).containsExactly("admin.a", "admin.b", "admin.a",
                "admin.b");
        assertThat(stored).extracting(Notification::occurredAt).containsExactly(T0, T0.plusSeconds(60),
                T0.plusSeconds(120), T0.plusSeconds(180));
        assertThat(stored).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notification.STAFF_ACCOUNT_CHANGED);
            assertThat(n.hospital()).isEqualTo("hospA");
            assertThat(n.patientId()).isNull();
        });
        assertThat(stored).extracting(Notification::subjectId).doesNotHaveDuplicates();
    }
}
