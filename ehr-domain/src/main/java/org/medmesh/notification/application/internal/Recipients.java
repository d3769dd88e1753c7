package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.StaffDirectory;
import org.medmesh.identity.application.StaffDirectory.StaffMember;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.notification.domain.model.Audience;
import org.medmesh.notification.domain.model.CareTeams;
import org.medmesh.notification.domain.model.EncounterDirectory;
import org.medmesh.notification.domain.model.EncounterDirectory.EncounterOnWard;
import org.medmesh.notification.domain.model.Notification;

/**
 * Names the people a notification is for: its rule's {@link Audience} resolved against this hospital's enabled staff,
 * its encounters and its care teams; never the person whose own action it reports.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    StaffDirectory staff;

    @Inject
    EncounterDirectory encounters;

    @Inject
    CareTeams careTeams;

    @Inject
    ThisHospital hospital;

    /** The people of one notification (one lookup of the staff; for many, use a {@link #round()}). */
    public Set<String> of(Notification notification) {
        return round().of(notification);
    }

    /**
     * A fan-out round: the staff read once, each encounter and each patient's care team looked up once, however many
     * notifications name them.
     */
    public Round round() {
        return new Round(hospital.profile().id().value(), staff.enabledStaff());
    }

    /** The people of the notifications of one round. */
    public final class Round {

        private final String here;
        private final List<StaffMember> enabled;
        private final Map<UUID, Optional<EncounterOnWard>> encountersSeen = new HashMap<>();
        private final Map<UUID, Set<String>> careTeamsSeen = new HashMap<>();

        private Round(String here, List<StaffMember> enabled) {
            this.here = here;
            this.enabled = enabled;
        }

        public Set<String> of(Notification notification) {
            if (notification.rule().isEmpty()) {
                return Set.of();
            }
            Set<String> people = people(notification.rule().get().audience(notification));
            if (notification.hospital().equals(here)) {
                people.remove(notification.actor());
            }
            return people;
        }

        private Set<String> people(Audience audience) {
            if (audience instanceof Audience.WithRole role) {
                return withRole(enabled, role.role());
            }
            if (audience instanceof Audience.WardNurses ward) {
                return wardNurses(enabled, encounterHere(ward.encounterId()));
            }
            if (audience instanceof Audience.EncounterDoctor doctor) {
                return encounterDoctor(enabled, encounterHere(doctor.encounterId()))
                        .orElseGet(() -> careTeam(doctor.patientId()));
            }
            return careTeam(((Audience.CareTeam) audience).patientId());
        }

        private Optional<EncounterOnWard> encounterHere(UUID encounterId) {
            return encounterId == null
                    ? Optional.empty()
                    : encountersSeen.computeIfAbsent(encounterId, id -> encounters.find(id)
                            .filter(e -> e.hospital().equals(here)));
        }

        private Set<String> careTeam(UUID patient) {
            if (patient == null) {
                return new TreeSet<>();
            }
            Set<String> team = careTeamsSeen.computeIfAbsent(patient, careTeams::of);
            return enabled.stream().map(StaffMember::username).filter(team::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> withRole(List<StaffMember> enabled, String role) {
        return enabled.stream().filter(m -> m.role().equals(role)).map(StaffMember::username)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The nurses of the encounter's ward; every nurse when the encounter, its ward or its nurses are unknown. */
    private static Set<String> wardNurses(List<StaffMember> enabled, Optional<EncounterOnWard> encounter) {
        Optional<String> ward = encounter.map(EncounterOnWard::ward).filter(w -> !w.isBlank());
        Set<String> onWard = ward.map(w -> enabled.stream().filter(m -> m.role().equals(Roles.NURSE)
                && w.equalsIgnoreCase(m.ward())).map(StaffMember::username)
                .collect(Collectors.toCollection(TreeSet::new))).orElseGet(TreeSet::new);
        return onWard.isEmpty() ? withRole(enabled, Roles.NURSE) : onWard;
    }

    /** The attending doctor of the encounter, when it is open here and the doctor may sign in. */
    private static Optional<Set<String>> encounterDoctor(List<StaffMember> enabled,
            Optional<EncounterOnWard> encounter) {
        return encounter.filter(EncounterOnWard::open).map(EncounterOnWard::attending)
                .filter(attending -> enabled.stream().anyMatch(m -> m.username().equals(attending)
                        && m.role().equals(Roles.DOCTOR)))
                .map(attending -> new TreeSet<>(Set.of(attending)));
    }
}
