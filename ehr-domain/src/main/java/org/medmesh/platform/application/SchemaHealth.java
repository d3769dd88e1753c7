package org.medmesh.platform.application;

import jakarta.annotation.security.PermitAll;

/**
 * Whether the database's schema is the one this release migrated it to: not older (a database put back from elsewhere
 * while the node ran), not newer (a later release's migrations: this one would misread it). Used by readiness checks;
 * callable by anyone because it reveals no data.
 */
public interface SchemaHealth {

    /** Should compare the newest migration the database records with this release's and report without throwing. */
    @PermitAll
    Status check();

    /** Outcome of a schema check: the versions and whether they match, for operators. */
    record Status(boolean up, String detail) {
    }
}
