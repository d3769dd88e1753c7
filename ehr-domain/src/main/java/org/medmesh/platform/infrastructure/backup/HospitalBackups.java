package org.medmesh.platform.infrastructure.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.medmesh.platform.application.BackupRun;
import org.medmesh.platform.application.BackupStatus;
import org.medmesh.platform.application.Backups;
import org.medmesh.platform.application.BackupsNotConfiguredException;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.application.WokenLoop;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.platform.infrastructure.persistence.HospitalDatabase;

/**
 * Makes the hospital's backups. Every {@value #LOOP_SECONDS} s each instance keeps its running backups' heartbeat,
 * marks backups whose instance stopped as failed, and — only while it leads the backup job — takes the schedule's
 * current slot and backs up on a thread of its own. A backup asked for runs on the instance asked. A backup that ends
 * after its instance lost the lease is not recorded and its file is deleted: the slot's new leader makes it.
 */
@Singleton
@Startup
@DependsOn("DatabaseLeadership")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class HospitalBackups implements Backups {

    static final int LOOP_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(HospitalBackups.class.getName());

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private SessionContext session;

    @Inject
    Config config;

    @Inject
    Leadership leadership;

    @Inject
    BackupMetrics metrics;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduledRunning = new AtomicBoolean();
    private volatile Long onDemandRunning;
    private BackupSettings settings;
    private WokenLoop loop;

    @PostConstruct
    void startLoop() {
        settings = BackupSettings.of(config);
        settings.problem().ifPresent(LOG::severe);
        if (settings.directory().isEmpty()) {
            LOG.warning("No backups: " + HospitalProperty.BACKUP_DIR.key() + " is not set");
        } else if (settings.configured()) {
            LOG.info(() -> "Backups go to " + settings.directory().get() + (settings.intervalMinutes() == 0
                    ? ", on demand only"
                    : ", every " + settings.intervalMinutes() + " minutes")
                    + "; the newest " + settings.keep() + " are kept");
        }
        loop = new WokenLoop(threads, "Backups", "medmesh-backups", Duration.ofSeconds(2),
                Duration.ofSeconds(LOOP_SECONDS), this::tick).roundsMayRunFor(Duration.ofHours(12)); // a large dump
        loop.start();
    }

    @PreDestroy
    void stopLoop() {
        loop.stop();
    }

    private void tick() {
        try (Connection db = dataSource.getConnection()) {
            if (!running.isEmpty()) {
                BackupRunSql.heartbeat(db, running);
            }
            int abandoned = BackupRunSql.failAbandoned(db);
            if (abandoned > 0) {
                LOG.warning(() -> abandoned + " backup(s) marked failed: the instance running them stopped");
            }
            BackupRunSql.lastSuccess(db).ifPresent(metrics::lastSuccess);
            OptionalLong fence = leadership.fence(Leadership.BACKUP);
            if (settings.configured() && settings.intervalMinutes() > 0 && fence.isPresent()
                    && !scheduledRunning.get()) {
                long slot = BackupRunSql.currentSlot(db, settings.intervalMinutes());
                OptionalLong run = BackupRunSql.claimSlot(db, slot, leadership.instance(), fence.getAsLong());
                if (run.isPresent()) {
                    scheduledRunning.set(true);
                    begin(run.getAsLong(), fence.getAsLong(), () -> scheduledRunning.set(false));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backup schedule could not be checked: " + e.getMessage(), e);
        }
    }

    @Override
    public BackupRun backUpNow() {
        if (!settings.configured()) {
            throw new BackupsNotConfiguredException();
        }
        synchronized (this) {
            Long current = onDemandRunning;
            if (current != null) {
                return run(current).orElseThrow();
            }
            try (Connection db = dataSource.getConnection()) {
                long id = BackupRunSql.startOnDemand(db, leadership.instance(),
                        session.getCallerPrincipal().getName());
                onDemandRunning = id;
                begin(id, null, () -> onDemandRunning = null);
                return BackupRunSql.byId(db, id).orElseThrow();
            } catch (SQLException e) {
                throw new IllegalStateException("the backup could not be recorded: " + e.getMessage(), e);
            }
        }
    }

    private void begin(long id, Long fence, Runnable after) {
        running.add(id);
        Thread worker = threads.newThread(() -> {
            try {
                perform(id, fence);
            } finally {
                running.remove(id);
                after.run();
            }
        });
        worker.setName("medmesh-backup-" + id);
        worker.start();
    }

    private void perform(long id, Long fence) {
        Path directory = settings.directory().orElseThrow();
        BackupKey key = settings.key().orElseThrow();
        Instant created = Instant.now();
        String name = BackupFile.name(settings.hospital(), created, id);
        long began = System.nanoTime();
        BackupRunSql.Outcome outcome;
        try {
            String schema;
            try (Connection db = dataSource.getConnection()) {
                schema = BackupRunSql.schemaVersion(db);
            }
            BackupFile.Written file = BackupFile.write(directory, name, key,
                    new BackupHeader(settings.hospital(), created, key.fingerprint()),
                    (archive, facts) -> contents(archive, facts, id, fence, schema));
            outcome = new BackupRunSql.Outcome(true, file.name(), file.sizeBytes(), file.sha256(), schema, null);
            LOG.info(() -> "Backup " + id + " written: " + file.name() + ", " + file.sizeBytes() + " bytes in "
                    + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Backup " + id + " failed: " + e.getMessage(), e);
            outcome = new BackupRunSql.Outcome(false, null, null, null, null, String.valueOf(e.getMessage()));
        }
        record(id, fence, outcome, directory);
    }

    private void contents(BackupArchiveWriter archive, Map<String, String> facts, long id, Long fence, String schema)
            throws IOException {
        archive.entry("database.sql", out -> DatabaseDump.writeTo(out, settings.dumpProgram(), dumpAccount()));
        archive.entry("configuration.properties", out -> out.write(BackupManifest
                .format(RecoveryFiles.configuration(config)).getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, Path> file : RecoveryFiles.files(config).entrySet()) {
            String entry = RecoveryFiles.entryName(file.getKey());
            archive.file(entry, file.getValue());
            facts.put("file." + entry, file.getValue().toAbsolutePath().toString());
        }
        facts.put("hospital", settings.hospital());
        facts.put("schema", String.valueOf(schema));
        facts.put("run", Long.toString(id));
        facts.put("trigger", fence == null ? "on-demand" : "schedule");
        facts.put("instance", leadership.instance());
        if (fence != null) {
            facts.put("fence", Long.toString(fence));
        }
    }

    /** The schema owner when there is one (it may read everything, triggers too), else the node's own account. */
    private DatabaseAccount dumpAccount() {
        String url = HospitalProperty.DB_URL.value(config, String.class);
        Optional<String> owner = HospitalProperty.DB_OWNER_USER.optionalValue(config, String.class);
        return owner.isPresent()
                ? DatabaseAccount.of(url, owner.get(), HospitalProperty.DB_OWNER_PASSWORD.value(config, String.class))
                : DatabaseAccount.of(url, HospitalProperty.DB_USER.value(config, String.class),
                        HospitalProperty.DB_PASSWORD.value(config, String.class));
    }

    private void record(long id, Long fence, BackupRunSql.Outcome outcome, Path directory) {
        try (Connection db = dataSource.getConnection()) {
            boolean recorded = BackupRunSql.finish(db, id, leadership.instance(), fence, outcome);
            metrics.ended(recorded && outcome.succeeded());
            if (!recorded) {
                LOG.warning(() -> "Backup " + id + " ended after this instance lost the backup lease; not recorded,"
                        + " its file deleted: the new leader makes it");
                deleteQuietly(directory, outcome.file());
                return;
            }
            if (outcome.succeeded()) {
                for (BackupRun old : BackupRunSql.beyondRetention(db, settings.keep())) {
                    deleteQuietly(directory, old.file());
                    BackupRunSql.removed(db, old.id());
                    LOG.info(() -> "Backup " + old.id() + " removed (only the newest " + settings.keep()
                            + " are kept): " + old.file());
                }
                BackupRunSql.lastSuccess(db).ifPresent(metrics::lastSuccess);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Backup " + id + " could not be recorded: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory, String file) {
        if (file == null || file.contains("/") || !file.endsWith(BackupFile.SUFFIX)) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(file));
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the backup file " + file + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<BackupRun> run(long id) {
        try (Connection db = dataSource.getConnection()) {
            return BackupRunSql.byId(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public BackupStatus status(int limit) {
        try (Connection db = dataSource.getConnection()) {
            Optional<BackupRun> last = BackupRunSql.lastSuccess(db);
            Long age = last.isPresent() ? BackupRunSql.ageSeconds(db, last.get()) : null;
            Instant next = settings.configured() && settings.intervalMinutes() > 0
                    ? Instant.ofEpochSecond((BackupRunSql.currentSlot(db, settings.intervalMinutes()) + 1)
                            * settings.intervalMinutes() * 60L)
                    : null;
            List<BackupRun> recent = BackupRunSql.recent(db, Math.min(Math.max(limit, 0), 100));
            return new BackupStatus(settings.configured(), settings.directory().map(Path::toString).orElse(null),
                    settings.intervalMinutes(), settings.keep(), next, last.orElse(null), age, recent);
        } catch (SQLException e) {
            throw new IllegalStateException("the backups could not be read: " + e.getMessage(), e);
        }
    }
}
