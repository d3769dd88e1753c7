package org.medmesh.platform.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

import org.medmesh.identity.domain.model.Roles;

/**
 * The hospital's backups: a consistent snapshot of its database with the keys and configuration it needs to come back,
 * compressed and encrypted, on a schedule (by the instance that leads the backup job, its every write fenced) and on
 * demand; the newest ones kept. Restoring is {@code ./ehr restore}, with the node stopped.
 */
public interface Backups {

    /**
     * Should start a backup now, on this instance, and return its run (running); fails with
     * {@link BackupsNotConfiguredException} when backups are not set up.
     */
    @RolesAllowed(Roles.ADMIN)
    BackupRun backUpNow();

    /** Should return one run. */
    @RolesAllowed(Roles.ADMIN)
    Optional<BackupRun> run(long id);

    /** Should return the backups at a glance, with the {@code limit} newest runs. */
    @RolesAllowed(Roles.ADMIN)
    BackupStatus status(int limit);
}
