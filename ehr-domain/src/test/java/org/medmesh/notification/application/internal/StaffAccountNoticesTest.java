package org.medmesh.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.shared.domain.model.HospitalId;

class StaffAccountNoticesTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    private final StoredNotifications stored = new StoredNotifications();
    private final StaffAccountNotices notices = new StaffAccountNotices();

    StaffAccountNoticesTest() {
        NotificationLog log = new NotificationLog();
        log.notifications = stored;
        log.stored = new FiredEvents<>();
        notices.log = log;
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

        assertThat(stored.all()).extracting(Notification::reason).containsExactly(
                "created account dr.b with role doctor", "changed the role of account dr.b from doctor to nurse",
                "disabled account dr.b", "enabled account dr.b");
        assertThat(stored.all()).extracting(Notification::actor).containsExactly("admin.a", "admin.b", "admin.a",
                "admin.b");
        assertThat(stored.all()).extracting(Notification::occurredAt).containsExactly(T0, T0.plusSeconds(60),
                T0.plusSeconds(120), T0.plusSeconds(180));
        assertThat(stored.all()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notification.STAFF_ACCOUNT_CHANGED);
            assertThat(n.hospital()).isEqualTo("hospA");
            assertThat(n.patientId()).isNull();
        });
        assertThat(stored.all()).extracting(Notification::subjectId).doesNotHaveDuplicates();
    }
}
