package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Published to the notification context: who works here, to address a notification to the people it is for. Names,
 * roles and wards only, never credentials.
 */
public interface StaffDirectory {

    /** A staff member who may sign in. */
    record StaffMember(String username, String role, String ward) {
    }

    /** Should list the enabled accounts of this hospital, ordered by username. Runs as the system. */
    @PermitAll
    List<StaffMember> enabledStaff();
}
