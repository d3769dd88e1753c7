package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
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

    public Set<String> of(Notification notification) {
        if (notification.rule().isEmpty()) {
            return Set.of();
        }
        String here = hospital.profile().id().value();
        List<StaffMember> enabled = staff.enabledStaff();
        Set<String> people = people(notification.rule().get().audience(notification), enabled, here);
        if (notification.hospital().equals(here)) {
            people.remove(notification.actor());
        }
        return people;
    }

    private Set<String> people(Audience audience, List<StaffMember> enabled, String here) {
        if (audience instanceof Audience.WithRole role) {
            return withRole(enabled, role.role());
        }
        if (audience instanceof Audience.WardNurses ward) {
            return wardNurses(enabled, encounterHere(ward.encounterId(), here));
        }
        if (audience instanceof Audience.EncounterDoctor doctor) {
            return encounterDoctor(enabled, encounterHere(doctor.encounterId(), here))
                    .orElseGet(() -> careTeam(enabled, doctor.patientId()));
        }
        return careTeam(enabled, ((Audience.CareTeam) audience).patientId());
    }

    private Optional<EncounterOnWard> encounterHere(UUID encounterId, String here) {
        return encounterId == null
                ? Optional.empty()
                : encounters.find(encounterId).filter(e -> e.hospital().equals(here));
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

    private Set<String> careTeam(List<StaffMember> enabled, UUID patient) {
        if (patient == null) {
            return new TreeSet<>();
        }
        Set<String> team = careTeams.of(patient);
        return enabled.stream().map(StaffMember::username).filter(team::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
