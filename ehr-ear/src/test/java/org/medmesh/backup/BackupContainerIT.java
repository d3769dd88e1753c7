package org.medmesh.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.ReplyHeaders;
import org.medmesh.platform.infrastructure.backup.BackupArchiveReader;
import org.medmesh.platform.infrastructure.backup.BackupKey;
import org.medmesh.platform.infrastructure.backup.BackupManifest;
import org.medmesh.platform.infrastructure.backup.BackupRunSql;
import org.medmesh.platform.infrastructure.backup.RestoreTool;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.DatabaseDigests;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * Backups on the real node (Payara, its MariaDB, {@code mariadb-dump}): the day's scheduled backup made once by the
 * leader under its fence; a backup asked for, encrypted, with the database, keys and configuration; restored into an
 * empty database with identical digests of every table; a damaged, cut-off or wrong-key backup refused with the
 * restored database unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class BackupContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = ContainerNode.ward();
    private static final Path BACKUPS = ContainerNode.IT_DIR.resolve("backups");
    private static final BackupKey KEY = BackupKey.parse(System.getenv("HOSPITAL_BACKUP_KEY"));
    private static final Duration BACKUP_DEADLINE = Duration.ofSeconds(120);
    /**
     * Written while a backup runs whatever the test does: the backup machinery's own rows (the lease's renewals, the
     * run's row), and the audit trail's intake and head, which every audited call (asking for the backup, too) passes
     * through within moments — an entry the snapshot caught in the intake is chained when the restored node starts. The
     * trail itself only grows: the restored one must be exactly the live one up to its last entry.
     */
    private static final Set<String> MOVING = Set.of("leader_lease", "backup_run", "audit_intake", "audit_chain_head",
            "audit_event");

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void theDaysScheduledBackupIsMadeOnceByTheLeaderUnderItsFenceAndAStaleLeaderCanNeitherTakeNorFinishIt()
            throws SQLException {
        Poll.until(BACKUP_DEADLINE, "the day's scheduled backup succeeded",
                () -> runs().stream().anyMatch(run -> "schedule".equals(run.getString("trigger"))
                        && Set.of("succeeded", "removed").contains(run.getString("state"))));
        try (Connection db = ContainerNode.database()) {
            long slot = BackupRunSql.currentSlot(db, 1440);
            assertThat(count(db, "slot = " + slot)).as("runs of today's slot").isEqualTo(1);
            String succeeded = " AND state IN ('succeeded', 'removed')";
            assertThat(count(db, "slot = " + slot + succeeded + " AND fence > 0")).isEqualTo(1);

            assertThat(BackupRunSql.claimSlot(db, slot, "stale-instance", 1)).as("the slot again").isEmpty();
            assertThat(BackupRunSql.claimSlot(db, slot + 1, "stale-instance", 1)).as("tomorrow's, not leading")
                    .isEmpty();
            assertThat(count(db, "slot IN (" + slot + ", " + (slot + 1) + ")")).isEqualTo(1);
            long id = id(db, "slot = " + slot);
            assertThat(BackupRunSql.finish(db, id, "stale-instance", 1L, new BackupRunSql.Outcome(false, null, null,
                    null, null, "a stale leader's verdict"))).isFalse();
            assertThat(count(db, "slot = " + slot + succeeded + " AND error IS NULL")).isEqualTo(1);
        }
        JsonObject status = adminGet("api/v1/admin/backups").json();
        assertThat(status.getBoolean("configured")).isTrue();
        assertThat(status.getInt("intervalMinutes")).isEqualTo(1440);
        assertThat(status.getJsonObject("lastSuccess").getString("state")).isIn("succeeded", "removed");
        assertThat(status.getJsonNumber("ageSeconds").longValue()).isBetween(0L, 3600L);
        String metrics = ContainerNode.scrape("scope=application");
        assertThat(metrics).contains("medmesh_backup_age_seconds", "medmesh_backup_last_size_bytes",
                "medmesh_backup_last_duration_seconds", "medmesh_backup_last_success_timestamp_seconds",
                "medmesh_backup_runs_total", "medmesh_leadership_leading", "medmesh_leadership_fence");
    }

    @Test
    void aBackupAskedForIsEncryptedAndHoldsTheDatabaseTheKeysAndTheConfigurationButNotItsOwnKey() throws Exception {
        String family = Ward.unique("Backed");
        assertThat(WARD.post("nurse", "api/v1/patients", Ward.patient("Bea", family).build()).status())
                .isEqualTo(201);

        JsonObject run = backUpNow();

        Path file = BACKUPS.resolve(run.getString("file"));
        assertThat(Files.size(file)).isEqualTo(run.getJsonNumber("sizeBytes").longValue());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
                .isEqualTo(run.getString("sha256"));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(family)
                .startsWith("MedMesh backup 1 hospital=hospIT ");
        Map<String, byte[]> entries = new HashMap<>();
        BackupManifest manifest = BackupArchiveReader.read(file, KEY, "hospIT", null,
                (name, content) -> entries.put(name, content.readAllBytes()));
        assertThat(new String(entries.get("database.sql"), StandardCharsets.UTF_8)).contains(family)
                .contains("CREATE TABLE `patient`").contains("TRIGGER");
        String configuration = new String(entries.get("configuration.properties"), StandardCharsets.UTF_8);
        assertThat(configuration).contains("hospital.id=hospIT").contains("hospital.audit.chain-key=")
                .doesNotContain("hospital.backup.key").doesNotContain(KEY.base64());
        assertThat(entries).containsKeys("files/hospital.jwt.private-key.location", "files/hospital.sync.signing-key",
                "files/hospital.broker.keystore");
        assertThat(manifest.fact("schema")).isPresent();
        assertThat(manifest.fact("trigger")).contains("on-demand");
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void restoredIntoAnEmptyDatabaseEveryTableIsIdenticalAndADamagedCutOffOrWrongKeyBackupChangesNothing()
            throws Exception {
        assertThat(WARD.post("nurse", "api/v1/patients", Ward.patient("Rita", Ward.unique("Restored")).build())
                .status()).isEqualTo(201);
        Map<String, String> before;
        Map<String, String> after;
        JsonObject run;
        int tries = 0;
        do {
            before = liveDigests();
            run = backUpNow();
            after = liveDigests();
        } while (!before.equals(after) && ++tries < 3);
        assertThat(after).as("the hospital was quiet around the backup").isEqualTo(before);
        Path file = BACKUPS.resolve(run.getString("file"));

        assertThat(restore(file, KEY)).as("exit status").isEqualTo(0);
        Map<String, String> restored = restoredDigests();
        assertThat(restored).containsAllEntriesOf(before).hasSize(before.size() + 1);
        assertThat(before).containsKey("patient").containsKey("audit_exposure").containsKey("patient_mrn_seq")
                .hasSizeGreaterThan(30);
        try (Connection live = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getProperty("medmesh.it.db.port") + "/medmesh", System.getenv("HOSPITAL_DB_OWNER_USER"),
                System.getenv("HOSPITAL_DB_OWNER_PASSWORD")); Connection back = restored()) {
            assertThat(triggers(back)).as("the triggers").isEqualTo(triggers(live)).hasSizeGreaterThan(5);
        }
        long lastAudited = lastAuditSeq();
        try (Connection live = ContainerNode.database(); Connection back = restored()) {
            assertThat(DatabaseDigests.of(back, "audit_event", "TRUE")).as("the audit trail up to the backup")
                    .isEqualTo(DatabaseDigests.of(live, "audit_event", "seq <= " + lastAudited)).matches("[1-9].*");
        }

        BackupKey otherKey = BackupKey.generate();
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        Path damaged = Files.write(dir.resolve("flipped.mmbk"), flipped);
        Path cut = Files.write(dir.resolve("cut.mmbk"), Arrays.copyOf(good, good.length - 100));
        assertThat(restore(damaged, KEY)).as("a flipped byte").isEqualTo(3);
        assertThat(restore(cut, KEY)).as("cut off").isEqualTo(3);
        assertThat(restore(file, otherKey)).as("another key").isEqualTo(3);
        assertThat(restoredDigests()).as("the restored database after the refusals").isEqualTo(restored);
    }

    private static JsonObject backUpNow() {
        ReplyHeaders started = NODE.headers("POST", "api/v1/admin/backups", "Authorization",
                "Bearer " + WARD.token("admin"));
        assertThat(started.status()).isEqualTo(202);
        String location = started.first("Location").orElseThrow();
        assertThat(location).matches(".*/api/v1/admin/backups/[0-9]+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Poll.until(BACKUP_DEADLINE, "backup " + id + " ended",
                () -> !"running".equals(adminGet("api/v1/admin/backups/" + id).json().getString("state")));
        JsonObject run = adminGet("api/v1/admin/backups/" + id).json();
        assertThat(run.getString("state")).as(run.toString()).isEqualTo("succeeded");
        return run;
    }

    private int restore(Path backup, BackupKey key) throws IOException {
        Path keyFile = Files.writeString(dir.resolve("key-" + key.fingerprint()), key.base64());
        Path password = Files.writeString(dir.resolve("owner-password"), System.getenv("HOSPITAL_DB_OWNER_PASSWORD"));
        return RestoreTool.run(new String[]{"--hospital", "hospIT", "--key-file", keyFile.toString(), "--db-url",
                restoreUrl(), "--db-user", "medmesh_restore_owner", "--db-password-file", password.toString(),
                backup.toString()});
    }

    private static Map<String, String> liveDigests() throws SQLException {
        try (Connection db = ContainerNode.database()) {
            return DatabaseDigests.of(db, MOVING);
        }
    }

    private static Map<String, String> restoredDigests() throws SQLException {
        try (Connection db = restored()) {
            Map<String, String> digests = new java.util.TreeMap<>(DatabaseDigests.of(db, MOVING));
            digests.put("audit_event", DatabaseDigests.of(db, "audit_event", "TRUE"));
            return digests;
        }
    }

    private static Connection restored() throws SQLException {
        return DriverManager.getConnection(restoreUrl(), "medmesh_restore_owner",
                System.getenv("HOSPITAL_DB_OWNER_PASSWORD"));
    }

    private static List<String> triggers(Connection db) throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT trigger_name, event_object_table, action_timing,"
                + " event_manipulation, action_statement FROM information_schema.triggers"
                + " WHERE trigger_schema = DATABASE() ORDER BY trigger_name"); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                triggers.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                        + row.getString(4) + " " + row.getString(5));
            }
        }
        return triggers;
    }

    private static long lastAuditSeq() throws SQLException {
        try (Connection db = restored();
                PreparedStatement query = db.prepareStatement(
                        "SELECT MAX(seq) FROM audit_event");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String restoreUrl() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port") + "/medmesh_restore";
    }

    private static List<JsonObject> runs() {
        return new ArrayList<>(adminGet("api/v1/admin/backups?limit=100").json().getJsonArray("recent")
                .getValuesAs(JsonObject.class));
    }

    private static Reply adminGet(String path) {
        return WARD.get("admin", path);
    }

    private static long count(Connection db, String where) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM backup_run WHERE " + where);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long id(Connection db, String where) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM backup_run WHERE " + where);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
