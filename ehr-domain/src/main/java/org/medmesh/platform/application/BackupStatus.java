package org.medmesh.platform.application;

import java.time.Instant;
import java.util.List;

/**
 * The hospital's backups at a glance, for operators.
 *
 * @param configured whether backups are set up (a directory and a key)
 * @param directory where backups are written
 * @param intervalMinutes minutes between scheduled backups (0: on demand only)
 * @param keep how many successful backups are kept
 * @param nextScheduled when the next scheduled backup is due, or null
 * @param lastSuccess the newest successful backup, or null
 * @param ageSeconds seconds since the newest successful backup finished, or null
 * @param recent the newest runs, newest first
 */
public record BackupStatus(boolean configured, String directory, int intervalMinutes, int keep,
        Instant nextScheduled, BackupRun lastSuccess, Long ageSeconds, List<BackupRun> recent) {
}
