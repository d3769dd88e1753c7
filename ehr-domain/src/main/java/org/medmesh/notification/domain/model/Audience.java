package org.medmesh.notification.domain.model;

import java.util.UUID;

/** Who at this hospital a notification is for, before the directory names the people. */
public sealed interface Audience {

    /** Everyone of this hospital with the role (an enabled account). */
    record WithRole(String role) implements Audience {
    }

    /**
     * The nurses assigned to the ward of the encounter (an encounter of this hospital); every nurse of the hospital
     * when no nurse is assigned to that ward, so an order is never told to no one.
     */
    record WardNurses(UUID encounterId) implements Audience {
    }

    /**
     * The doctor attending the encounter when it is open at this hospital; otherwise the patient's care team here.
     */
    record EncounterDoctor(UUID encounterId, UUID patientId) implements Audience {
    }

    /**
     * The patient's care team at this hospital: the doctors attending the patient's open encounters here, and the staff
     * who recorded, ordered or prescribed in them.
     */
    record CareTeam(UUID patientId) implements Audience {
    }
}
