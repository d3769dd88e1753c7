package org.medmesh.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.identity.application.StaffDirectory;
import org.medmesh.identity.application.StaffDirectory.StaffMember;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;
import org.medmesh.notification.domain.model.EncounterDirectory.EncounterOnWard;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRule;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;

class RecipientsTest {

    private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID ENCOUNTER = UUID.randomUUID();

    private final Map<UUID, EncounterOnWard> encounters = new HashMap<>();
    private final Map<UUID, Set<String>> teams = new HashMap<>();
    private List<StaffMember> staff = List.of(
            new StaffMember("admin.a", "admin", null),
            new StaffMember("dr.a", "doctor", null),
            new StaffMember("dr.b", "doctor", "Cardiology"),
            new StaffMember("nurse.card", "nurse", "Cardiology"),
            new StaffMember("nurse.icu", "nurse", "ICU"),
            new StaffMember("nurse.any", "nurse", null),
            new StaffMember("pharm.a", "pharmacist", null),
            new StaffMember("pharm.b", "pharmacist", null));
    private final Recipients recipients = new Recipients();

    RecipientsTest() {
        recipients.staff = new StaffDirectory() {

            @Override
            public List<StaffMember> enabledStaff() {
                return staff;
            }

            @Override
            public Optional<String> wardOf(String username) {
                throw new UnsupportedOperationException("not asked by the fan-out");
            }
        };
        recipients.encounters = id -> Optional.ofNullable(encounters.get(id));
        recipients.careTeams = patient -> teams.getOrDefault(patient, Set.of());
        recipients.hospital = () -> new HospitalProfile(new HospitalId("hospA"), "Hospital A", "test", List.of());
    }

    private static Notification clinical(NotificationRule rule, ClinicalHappening what, String origin, String actor) {
        return Notification.clinical(rule, new ClinicalChange(what, UUID.randomUUID(), PATIENT, ENCOUNTER, origin,
                actor, AT, "summary"), AT);
    }

    @Test
    void shouldTellEveryPharmacistButThePrescriberHimself() {
        Notification n = clinical(NotificationRule.PRESCRIPTION_TO_PHARMACY, ClinicalHappening.PRESCRIPTION_CREATED,
                "hospA", "pharm.b");

        assertThat(recipients.of(n)).containsExactly("pharm.a");
    }

    @Test
    void shouldTellTheNursesOfTheEncountersWardOrEveryNurseWhenNoneIsAssignedToIt() {
        Notification n = clinical(NotificationRule.TREATMENT_TO_WARD_NURSES, ClinicalHappening.TREATMENT_ORDERED,
                "hospA", "dr.a");
        encounters.put(ENCOUNTER, new EncounterOnWard("cardiology", "dr.a", true, "hospA"));
        assertThat(recipients.of(n)).containsExactly("nurse.card");

        encounters.put(ENCOUNTER, new EncounterOnWard("Oncology", "dr.a", true, "hospA"));
        assertThat(recipients.of(n)).containsExactly("nurse.any", "nurse.card", "nurse.icu");

        encounters.clear();
        assertThat(recipients.of(n)).containsExactly("nurse.any", "nurse.card", "nurse.icu");
    }

    @Test
    void shouldTellTheAttendingDoctorOfAnOpenEncounterHereElseTheCareTeam() {
        Notification n = clinical(NotificationRule.RESULT_TO_DOCTOR, ClinicalHappening.RESULT_OUT_OF_RANGE, "hospA",
                "nurse.card");
        teams.put(PATIENT, Set.of("dr.a", "nurse.card", "nurse.icu", "someone.gone"));
        encounters.put(ENCOUNTER, new EncounterOnWard("Cardiology", "dr.b", true, "hospA"));
        assertThat(recipients.of(n)).containsExactly("dr.b");

        encounters.put(ENCOUNTER, new EncounterOnWard("Cardiology", "dr.b", false, "hospA"));
        assertThat(recipients.of(n)).as("finished: the care team, not the author, not a disabled account")
                .containsExactly("dr.a", "nurse.icu");

        encounters.put(ENCOUNTER, new EncounterOnWard("Cardiology", "dr.x", true, "hospB"));
        assertThat(recipients.of(n)).as("an encounter of another hospital").containsExactly("dr.a", "nurse.icu");
    }

    @Test
    void shouldTellTheAuthorOfAChangeMadeAtAnotherHospitalWhoHappensToShareTheUsername() {
        teams.put(PATIENT, Set.of("dr.a"));
        Notification n = clinical(NotificationRule.PRESCRIPTION_ELSEWHERE_TO_CARE_TEAM,
                ClinicalHappening.PRESCRIPTION_CREATED, "hospB", "dr.a");

        assertThat(recipients.of(n)).containsExactly("dr.a");
    }

    @Test
    void shouldTellEveryAdministratorOfBreakTheGlass() {
        Notification n = Notification.breakGlass(UUID.randomUUID(), PATIENT, "Unconscious", new Stamp("dr.a",
                new HospitalId("hospA"), AT));
        staff = List.of(new StaffMember("admin.a", "admin", null), new StaffMember("admin.b", "admin", null),
                new StaffMember("dr.a", "doctor", null));

        assertThat(recipients.of(n)).containsExactly("admin.a", "admin.b");
    }
}
