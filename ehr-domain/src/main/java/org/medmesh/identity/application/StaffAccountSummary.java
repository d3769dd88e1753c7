package org.medmesh.identity.application;

import java.time.Instant;

/** What an administrator sees of a staff account (never the password hash). */
public record StaffAccountSummary(String id, String username, String displayName, String role, boolean enabled,
        Instant createdAt) {
}
