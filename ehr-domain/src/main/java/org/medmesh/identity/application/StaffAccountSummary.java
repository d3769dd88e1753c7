package org.medmesh.identity.application;

import java.time.Instant;

/**
 * What an administrator sees of a staff account (never the password hash): its ward, whether it may sign in, whether
 * sign-in under its username is locked (until when), and who made the last change and when.
 */
public record StaffAccountSummary(String id, String username, String displayName, String role, String ward,
        boolean enabled, Instant createdAt, Instant lockedUntil, Instant changedAt, String changedBy) {
}
