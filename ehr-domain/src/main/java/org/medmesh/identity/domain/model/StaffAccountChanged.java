package org.medmesh.identity.domain.model;

import java.time.Instant;

/**
 * A staff account was created, re-roled, disabled or enabled: fired (CDI) in the administrator's transaction, so
 * whatever a synchronous observer records about it (the administrators' notification) commits or rolls back with the
 * change itself.
 *
 * @param what the change in words, naming usernames and roles only (e.g. "created account dr.b with role doctor")
 * @param by the administrator who made it
 */
public record StaffAccountChanged(StaffId account, String what, String by, Instant at) {
}
