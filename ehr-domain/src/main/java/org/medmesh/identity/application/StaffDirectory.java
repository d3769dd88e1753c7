package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;

/**
 * Published to the notification and clinical contexts: who works here, to address a notification to the people it is
 * for. Names, roles and wards only, never credentials (and where a nurse works, for her worklist).
 */
public interface StaffDirectory {

    /** A staff member who may sign in. */
    record StaffMember(String username, String role, String ward) {
    }

    /** Should list the enabled accounts of this hospital, ordered by username. Runs as the system. */
    @PermitAll
    List<StaffMember> enabledStaff();

    /** Should return the ward the account of {@code username} works on, if it is enabled and has one. */
    @PermitAll
    Optional<String> wardOf(String username);
}
