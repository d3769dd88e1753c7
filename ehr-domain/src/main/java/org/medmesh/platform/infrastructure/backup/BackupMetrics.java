package org.medmesh.platform.infrastructure.backup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.platform.application.BackupRun;

/**
 * Backup figures (Prometheus at {@code /metrics?scope=application}), present from start-up: when the newest successful
 * backup finished and how old it is (since the epoch when there is none, so "too old" fires), its size and duration,
 * and the runs this instance ended, by outcome.
 */
@ApplicationScoped
public class BackupMetrics {

    @Inject
    MetricRegistry registry;

    private volatile BackupRun last;
    private Counter succeeded;
    private Counter failed;

    /** Made with the application, so every series is scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("medmesh_backup_last_success_timestamp_seconds")
                .withDescription("When the newest successful backup finished, in seconds since the epoch (0: none)")
                .build(), this, metrics -> metrics.finished().getEpochSecond());
        registry.gauge(Metadata.builder().withName("medmesh_backup_age_seconds")
                .withDescription("Seconds since the newest successful backup finished").build(), this,
                metrics -> Instant.now().getEpochSecond() - metrics.finished().getEpochSecond());
        registry.gauge(Metadata.builder().withName("medmesh_backup_last_size_bytes")
                .withDescription("Size of the newest successful backup's file").build(), this,
                metrics -> metrics.last == null || metrics.last.sizeBytes() == null ? 0 : metrics.last.sizeBytes());
        registry.gauge(Metadata.builder().withName("medmesh_backup_last_duration_seconds")
                .withDescription("How long the newest successful backup took").build(), this,
                metrics -> metrics.last == null || metrics.last.duration() == null
                        ? 0.0
                        : metrics.last.duration().toMillis() / 1000.0);
        Metadata runs = Metadata.builder().withName("medmesh_backup_runs")
                .withDescription("Backups this server instance ended, by outcome").build();
        succeeded = registry.counter(runs, new Tag("outcome", "succeeded"));
        failed = registry.counter(runs, new Tag("outcome", "failed"));
    }

    void lastSuccess(BackupRun run) {
        last = run;
    }

    void ended(boolean success) {
        (success ? succeeded : failed).inc();
    }

    private Instant finished() {
        BackupRun run = last;
        return run == null || run.finishedAt() == null ? Instant.EPOCH : run.finishedAt();
    }
}
