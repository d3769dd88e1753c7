package org.medmesh.platform.application;

import java.time.Duration;
import java.time.Instant;

/**
 * One backup the hospital made or tried.
 *
 * @param trigger {@code schedule} or {@code on-demand}
 * @param state {@code running}, {@code succeeded}, {@code failed}, or {@code removed} (by the retention policy)
 * @param requestedBy who asked for it (on demand), or null
 * @param instance the server instance that ran it (last)
 * @param fence the backup lease's fence it ran under (scheduled), or null
 * @param attempt how many times its slot was taken (a leader that stopped mid-backup leaves it to the next)
 * @param file the backup's file name in the backup directory, once written
 * @param sizeBytes the file's size, once written
 * @param sha256 the file's SHA-256 (hex), to check a copy of it
 * @param schemaVersion the database's schema version in the backup
 * @param error why it failed, for operators (never a patient's data)
 */
public record BackupRun(long id, String trigger, String state, String requestedBy, String instance, Long fence,
        int attempt, Instant startedAt, Instant finishedAt, String file, Long sizeBytes, String sha256,
        String schemaVersion, String error) {

    /** How long it ran, once it ended. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
