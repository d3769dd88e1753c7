package org.medmesh.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.interfaces.web.format.PageDurations;
import org.medmesh.platform.application.BackupRun;
import org.medmesh.platform.application.BackupStatus;
import org.medmesh.platform.application.Backups;
import org.medmesh.platform.application.Leadership;

/**
 * The administrators' backups page: whether backups are set up and how (directory, schedule, how many kept), the newest
 * successful one and its age, which instance leads the backup job, the recent runs, and a backup made now. The backup
 * service's own operations and role checks, as over the API.
 */
@Named
@ViewScoped
public class BackupsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS_SHOWN = 30;

    @Inject
    Backups backups;

    @Inject
    Leadership leadership;

    @Inject
    PageDurations durations;

    private BackupStatus status;
    private List<Leadership.Lease> leases = List.of();

    /** Reads the backups' status and the leader (the view action, the refresh button, and after a backup starts). */
    public void load() {
        try {
            status = backups.status(RUNS_SHOWN);
            leases = leadership.leases().stream().filter(lease -> Leadership.BACKUP.equals(lease.job())).toList();
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
    }

    /** Starts a backup on this server instance. */
    public void backUpNow() {
        try {
            BackupRun run = backups.backUpNow();
            PageMessages.done("Backup " + run.id() + " is running on this server; refresh to follow it.");
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
        load();
    }

    /** A backup's size in words ("812 KB", "1.4 GB"). */
    public String size(Long bytes) {
        if (bytes == null) {
            return "—";
        }
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** The age of the newest successful backup in words. */
    public String age() {
        return status == null || status.ageSeconds() == null
                ? "—"
                : durations.of(Duration.ofSeconds(status.ageSeconds()));
    }

    /** Whether the newest successful backup is older than one and a half intervals (or there is none while due). */
    public boolean stale() {
        if (status == null || !status.configured() || status.intervalMinutes() == 0) {
            return false;
        }
        return status.ageSeconds() == null || status.ageSeconds() > status.intervalMinutes() * 90L;
    }

    public BackupStatus getStatus() {
        return status;
    }

    public List<Leadership.Lease> getLeases() {
        return leases;
    }
}
