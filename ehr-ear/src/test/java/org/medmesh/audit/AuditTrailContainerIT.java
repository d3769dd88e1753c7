package org.medmesh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.audit.domain.model.AuditChain;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.ChainKey;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;
import org.medmesh.testsupport.AuditTables;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Ward;

/**
 * Every request leaves an entry naming who, in which role, about which patient, what and how it ended — refused ones
 * included — and a patient search the patients it found; an administrator finds them by patient and user; and the
 * verifier finds an entry edited, deleted or moved directly in the database (by someone who first dropped the
 * append-only triggers with the schema owner's account), an entry forged or rewritten with a correct plain SHA-256 hash
 * (the chain is keyed, and the database accounts do not have the key) and an exposure row added or removed, naming the
 * first broken entry; the node's own database account cannot change or remove entries at all. Each tampering is undone
 * afterwards, so the chain verifies again.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailContainerIT {

    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final List<StaffLogin> USERS = ContainerNode.users();
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, USERS);
    private static final String DATABASE_URL = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
            + "/medmesh";
    /** MariaDB's ER_TABLEACCESS_DENIED_ERROR: "command denied to user … for table …". */
    private static final int ACCESS_DENIED = 1142;
    /** MariaDB's ER_SIGNAL_EXCEPTION: a trigger refused the change. */
    private static final int SIGNALLED = 1644;
    /** The append-only tables of the trail and what their triggers say when refusing a change. */
    private static final Instant FORGED_AT = Instant.parse("2026-12-01T10:15:30.123456Z");

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void everyRequestIsRecordedWithWhoWhatWhichPatientAndOutcome() {
        String patientId = WARD.post("nurse", "api/v1/patients", Ward.patient("Audrey", Ward.unique("Audit"))
                .build()).json().getString("id");
        assertThat(WARD.get("doctor", "api/v1/patients/" + patientId + "/chart").status()).isEqualTo(200);
        assertThat(NODE.get("api/v1/patients/" + patientId).status()).isEqualTo(401);
        assertThat(WARD.get("admin", "api/v1/patients/" + patientId).status()).isEqualTo(403);

        JsonArray entries = WARD.get("admin", "api/v1/admin/audit?patient=" + patientId).parse().asJsonArray();

        assertThat(entries.getValuesAs(JsonObject.class)).extracting(AuditTrailContainerIT::summary)
                .containsExactly(
                        user("admin") + "|admin|GET patients/{id}|DENIED|403",
                        "-|-|GET patients/{id}|DENIED|401",
                        user("doctor") + "|doctor|GET patients/{id}/chart|SUCCESS|200",
                        user("nurse") + "|nurse|POST patients|SUCCESS|201");
        JsonObject newest = entries.getJsonObject(0);
        assertThat(newest.getString("hospital")).isEqualTo("hospIT");
        assertThat(newest.getString("patientId")).isEqualTo(patientId);
        assertThat(newest.getBoolean("breakGlass")).isFalse();

        JsonArray byUser = WARD.get("admin", "api/v1/admin/audit?user=" + user("doctor") + "&limit=5").parse()
                .asJsonArray();
        assertThat(byUser.getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getString("actor"))
                .isEqualTo(user("doctor")));
    }

    @Test
    void aBadSearchIsAProblemAndChangesNothing() {
        Reply bad = WARD.get("admin", "api/v1/admin/audit?from=yesterday");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(verdict().getBoolean("intact")).isTrue();
        assertThat(chainIntactMetric()).as("medmesh_audit_chain_intact after an intact verdict").isEqualTo(1.0);
    }

    @Test
    void theVerifierFindsEditedDeletedAndMovedEntries() throws SQLException {
        WARD.get("nurse", "api/v1/patients?name=Audit");
        WARD.get("nurse", "api/v1/patients?name=Audit");
        assertThat(verdict().getBoolean("intact")).as(verdict().toString()).isTrue();

        try (Connection db = database()) {
            long last = lastSeq(db);
            long target = last - 1;
            dropTriggers(db);
            try {
                String actor = value(db, target, "actor");
                execute(db, "UPDATE audit_event SET actor = 'someone.else' WHERE seq = " + target);
                assertBrokenAt(target, "content");
                execute(db, "UPDATE audit_event SET actor = '" + actor + "' WHERE seq = " + target);
                assertThat(verdict().getBoolean("intact")).isTrue();

                assertDeletedRowsFound(db, "audit_event", target, "missing");

                execute(db, "UPDATE audit_event SET seq = -1 WHERE seq = " + (target - 1));
                execute(db, "UPDATE audit_event SET seq = " + (target - 1) + " WHERE seq = " + target);
                execute(db, "UPDATE audit_event SET seq = " + target + " WHERE seq = -1");
                assertBrokenAt(target - 1, "");
                execute(db, "UPDATE audit_event SET seq = -1 WHERE seq = " + target);
                execute(db, "UPDATE audit_event SET seq = " + target + " WHERE seq = " + (target - 1));
                execute(db, "UPDATE audit_event SET seq = " + (target - 1) + " WHERE seq = -1");
                assertThat(verdict().getBoolean("intact")).isTrue();
            } finally {
                restoreTriggers(db);
            }
            assertThat(execute(db, "DELETE FROM audit_event WHERE seq = " + last, true))
                    .as("the triggers refuse a delete").isFalse();
        }
    }

    @Test
    void theApplicationsOwnAccountCanOnlyAppendToTheTrail() throws SQLException {
        WARD.get("nurse", "api/v1/patients?name=Audit");
        try (Connection db = asApplication()) {
            long last = lastSeq(db);
            for (String tampering : List.of("UPDATE audit_event SET actor = 'someone.else' WHERE seq = " + last,
                    "DELETE FROM audit_event WHERE seq = " + last, "DROP TRIGGER audit_event_no_update",
                    "ALTER TABLE audit_event DROP COLUMN actor", "DROP TABLE audit_event",
                    "CREATE TABLE audit_event_copy (seq BIGINT)", "TRUNCATE TABLE audit_event",
                    "UPDATE audit_exposure SET seq = 0 WHERE seq = " + last,
                    "DELETE FROM audit_exposure WHERE seq = " + last, "DROP TRIGGER audit_exposure_no_delete",
                    "TRUNCATE TABLE audit_exposure")) {
                assertThat(errorCode(db, tampering)).as(tampering).isEqualTo(ACCESS_DENIED);
            }
        }
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void aWriteIsNotKeptWhenItsRecordCannotBeWrittenWithIt() throws SQLException {
        String family = Ward.unique("Unrecorded");
        try (Connection db = database()) {
            execute(db, "CREATE TRIGGER audit_intake_unavailable BEFORE INSERT ON audit_intake FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit intake is unavailable (test)'");
            try {
                Reply refused = WARD.post("nurse", "api/v1/patients", Ward.patient("Una", family).build());

                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            } finally {
                execute(db, "DROP TRIGGER audit_intake_unavailable");
            }
        }
        assertThat(WARD.get("nurse", "api/v1/patients?name=" + family).body()).as("the write was rolled back")
                .doesNotContain(family);

        String patientId = WARD.post("nurse", "api/v1/patients", Ward.patient("Una", family).build()).json()
                .getString("id");
        JsonArray entries = WARD.get("admin", "api/v1/admin/audit?patient=" + patientId).parse().asJsonArray();
        assertThat(entries.getValuesAs(JsonObject.class)).extracting(AuditTrailContainerIT::summary)
                .containsExactly(user("nurse") + "|nurse|POST patients|SUCCESS|201");
    }

    @Test
    void aRecordTheNodesAccountPutsInTheIntakeIsChainedOnlyAsAFinding() throws SQLException {
        long forgedId = Math.abs(UUID.randomUUID().getMostSignificantBits() >> 1);
        try (Connection db = asApplication()) {
            execute(db, "INSERT INTO audit_intake (id, recorded_at, hospital, actor, actor_role, action, outcome, "
                    + "status, break_glass, seal) VALUES (" + forgedId + ", NOW(6), 'hospIT', 'someone.else', "
                    + "'doctor', 'GET patients/{id}', 'SUCCESS', 200, FALSE, '" + "0".repeat(64) + "')");
            assertThat(errorCode(db, "UPDATE audit_intake SET actor = 'x' WHERE id = " + forgedId))
                    .as("a waiting record is never changed").isEqualTo(ACCESS_DENIED);
            assertThat(errorCode(db, "DELETE FROM audit_intake WHERE id = " + forgedId))
                    .as("a waiting record is not removed before it is chained").isEqualTo(SIGNALLED);
        }

        JsonArray recent = WARD.get("admin", "api/v1/admin/audit?limit=50").parse().asJsonArray();

        assertThat(recent.getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("action"))
                .contains("FORGED audit intake record " + forgedId);
        assertThat(recent.getValuesAs(JsonObject.class)).noneMatch(entry -> "someone.else".equals(
                entry.getString("actor", null)));
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void theVerifierFindsEntriesPastAHeadMovedBackAndReadsStopUntilItIsRestored() throws SQLException {
        WARD.get("nurse", "api/v1/patients?name=Audit");
        try (Connection db = asApplication()) {
            long last = lastSeq(db);
            String lastHash = value(db, last, "hash");
            execute(db, "UPDATE audit_chain_head SET last_seq = " + (last - 1) + ", last_hash = '"
                    + value(db, last - 1, "hash") + "'");
            try {
                assertBrokenAt(last, "beyond the chain's recorded head");
                Reply read = WARD.get("nurse", "api/v1/patients?name=Audit");
                assertThat(read.status()).as("a read that cannot be recorded").isEqualTo(503);
                assertThat(read.contentType()).startsWith("application/problem+json");
            } finally {
                execute(db, "UPDATE audit_chain_head SET last_seq = " + last + ", last_hash = '" + lastHash + "'");
            }
        }
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void anEntryForgedWithTheNodesOwnAccountIsBrokenHoweverCorrectlyHashed() throws SQLException {
        WARD.get("nurse", "api/v1/patients?name=Audit");

        assertForgedEntryBroken(false, "written without the chain key");
        assertForgedEntryBroken(true, "its content does not match its hash");

        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void anEntryRewrittenConsistentlyWithPlainSha256IsBrokenWhereItWasRewritten() throws SQLException {
        String patient = WARD.post("nurse", "api/v1/patients", Ward.patient("Rita", Ward.unique("Audit")).build())
                .json().getString("id");
        WARD.get("doctor", "api/v1/patients/" + patient + "/chart");
        WARD.get("doctor", "api/v1/patients/" + patient + "/chart");
        try (Connection db = database()) {
            long last = lastSeq(db);
            long target = last - 1;
            String kept = value(db, target - 1, "hash");
            dropTriggers(db);
            try {
                String previous = kept;
                for (long seq = target; seq <= last; seq++) {
                    AuditRecord record = recordAt(db, seq);
                    AuditRecord stored = seq == target
                            ? new AuditRecord(record.at(), record.hospital(), "someone.else", record.role(),
                                    record.patientId(), record.action(), record.outcome(), record.status(),
                                    record.breakGlass(), record.exposedPatients())
                            : record;
                    String hash = AuditChain.hash(seq, stored, previous, ChainKey.none());
                    try (PreparedStatement rewrite = db.prepareStatement(
                            "UPDATE audit_event SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                        rewrite.setString(1, stored.actor());
                        rewrite.setString(2, previous);
                        rewrite.setString(3, hash);
                        rewrite.setLong(4, seq);
                        rewrite.executeUpdate();
                    }
                    previous = hash;
                }
                execute(db, "UPDATE audit_chain_head SET last_seq = " + last + ", last_hash = '" + previous + "'");

                assertBrokenAt(target, "its content does not match its hash");
            } finally {
                restoreTriggers(db);
                cutBackTo(target - 1, kept);
            }
        }
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void aPatientSearchRecordsThePatientsItFoundWithoutTheQuery() {
        String family = Ward.unique("Found");
        List<String> found = List.of(
                WARD.post("nurse", "api/v1/patients", Ward.patient("Ada", family).build()).json().getString("id"),
                WARD.post("nurse", "api/v1/patients", Ward.patient("Bea", family).build()).json().getString("id"));

        assertThat(WARD.get("nurse", "api/v1/patients?name=" + family).status()).isEqualTo(200);

        for (String patient : found) {
            JsonObject newest = WARD.get("admin", "api/v1/admin/audit?patient=" + patient + "&limit=1").parse()
                    .asJsonArray().getJsonObject(0);
            assertThat(summary(newest)).isEqualTo(user("nurse") + "|nurse|GET patients|SUCCESS|200");
            assertThat(newest.getString("patientId", null)).as("a search is about no one patient").isNull();
            assertThat(newest.getJsonArray("exposedPatients").getValuesAs(JsonString.class))
                    .extracting(JsonString::getString).containsExactlyInAnyOrderElementsOf(found);
        }
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    @Test
    void anExposureAddedOrRemovedInTheDatabaseBreaksItsEntry() throws SQLException {
        String family = Ward.unique("Found");
        WARD.post("nurse", "api/v1/patients", Ward.patient("Cleo", family).build());
        WARD.get("nurse", "api/v1/patients?name=" + family);
        try (Connection node = asApplication(); Connection db = database()) {
            long search = lastSeq(node);
            String added = "UNHEX('" + UUID.randomUUID().toString().replace("-", "") + "')";
            execute(node, "INSERT INTO audit_exposure (seq, patient_id) VALUES (" + search + ", " + added + ")");
            dropTriggers(db);
            try {
                assertBrokenAt(search, "its content does not match its hash");
                execute(db, "DELETE FROM audit_exposure WHERE seq = " + search + " AND patient_id = " + added);
                assertThat(verdict().getBoolean("intact")).isTrue();

                assertDeletedRowsFound(db, "audit_exposure", search, "its content does not match its hash");
            } finally {
                restoreTriggers(db);
            }
        }
    }

    /**
     * As the node's own database account, appends an entry after the last, hashed correctly with plain SHA-256 (naming
     * the chain key the entries before it name, or none) and moves the head to it, as that account may; the verifier
     * must find it. The chain is then cut back to where it was with the schema owner's account (the node's cannot
     * delete), together with the entries the node appended after the forged one meanwhile (the verifier's own
     * requests).
     */
    private static void assertForgedEntryBroken(boolean claimingTheKey, String problem) throws SQLException {
        try (Connection db = asApplication()) {
            long last = lastSeq(db);
            String lastHash = value(db, last, "hash");
            String lastKey = value(db, last, "chain_key");
            assertThat(lastKey).as("the node keys its chain").isNotNull();
            String chainKey = claimingTheKey ? lastKey : null;
            AuditRecord forged = new AuditRecord(FORGED_AT, "hospIT", user("doctor"), "doctor", null,
                    "GET patients/{id}/chart", AuditOutcome.SUCCESS, 200, false);
            String hash = AuditChain.hash(last + 1, forged, lastHash, ChainKey.none());
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (seq, recorded_at, hospital, "
                    + "actor, actor_role, action, outcome, status, break_glass, prev_hash, hash, chain_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, last + 1);
                insert.setObject(2, LocalDateTime.ofInstant(forged.at(), ZoneOffset.UTC));
                insert.setString(3, forged.hospital());
                insert.setString(4, forged.actor());
                insert.setString(5, forged.role());
                insert.setString(6, forged.action());
                insert.setString(7, forged.outcome().name());
                insert.setInt(8, forged.status());
                insert.setBoolean(9, forged.breakGlass());
                insert.setString(10, lastHash);
                insert.setString(11, hash);
                insert.setString(12, chainKey);
                insert.executeUpdate();
            }
            execute(db, "UPDATE audit_chain_head SET last_seq = " + (last + 1) + ", last_hash = '" + hash + "'");
            try {
                assertBrokenAt(last + 1, problem);
            } finally {
                cutBackTo(last, lastHash);
            }
        }
    }

    /**
     * As the schema owner, with the triggers dropped: deletes the table's rows of entry {@code seq}, expects the
     * verifier to find that entry broken, puts the rows back and expects the chain intact again.
     */
    private static void assertDeletedRowsFound(Connection db, String table, long seq, String problem)
            throws SQLException {
        execute(db, "CREATE TABLE " + table + "_copy AS SELECT * FROM " + table + " WHERE seq = " + seq);
        try {
            execute(db, "DELETE FROM " + table + " WHERE seq = " + seq);
            assertBrokenAt(seq, problem);
        } finally {
            execute(db, "INSERT IGNORE INTO " + table + " SELECT * FROM " + table + "_copy");
            execute(db, "DROP TABLE " + table + "_copy");
        }
        assertThat(verdict().getBoolean("intact")).isTrue();
    }

    /** As the schema owner: removes every entry after {@code seq} with its exposures and puts the head back there. */
    private static void cutBackTo(long seq, String hash) throws SQLException {
        try (Connection db = database()) {
            dropTriggers(db);
            try {
                execute(db, "UPDATE audit_chain_head SET last_seq = " + seq + ", last_hash = '" + hash + "'");
                execute(db, "DELETE FROM audit_exposure WHERE seq > " + seq);
                execute(db, "DELETE FROM audit_event WHERE seq > " + seq);
            } finally {
                restoreTriggers(db);
            }
        }
    }

    /** The content of entry {@code seq} as stored, with the patients it exposed. */
    private static AuditRecord recordAt(Connection db, long seq) throws SQLException {
        List<UUID> exposed = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT patient_id FROM audit_exposure WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    exposed.add(uuid(rows.getBytes(1)));
                }
            }
        }
        try (PreparedStatement query = db.prepareStatement("SELECT recorded_at, hospital, actor, actor_role, "
                + "patient_id, action, outcome, status, break_glass FROM audit_event WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new AuditRecord(row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getString(2), row.getString(3), row.getString(4), uuid(row.getBytes(5)),
                        row.getString(6), AuditOutcome.valueOf(row.getString(7)), row.getInt(8), row.getBoolean(9),
                        exposed);
            }
        }
    }

    /** A {@code BINARY(16)} id, big-endian. */
    private static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer id = ByteBuffer.wrap(bytes);
        return new UUID(id.getLong(), id.getLong());
    }

    private static void assertBrokenAt(long seq, String problem) {
        JsonObject verdict = verdict();
        assertThat(verdict.getBoolean("intact")).isFalse();
        assertThat(verdict.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        assertThat(verdict.getString("problem")).contains(problem);
        assertThat(chainIntactMetric()).as("medmesh_audit_chain_intact after a broken verdict").isZero();
    }

    /** The metric the alert MedMeshAuditChainBroken watches, as Prometheus scrapes it. */
    private static double chainIntactMetric() {
        String line = ContainerNode.scrape("").lines()
                .filter(sample -> sample.startsWith("medmesh_audit_chain_intact{")).findFirst()
                .orElseThrow(() -> new AssertionError("no medmesh_audit_chain_intact"));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static JsonObject verdict() {
        Reply reply = WARD.get("admin", "api/v1/admin/audit/verify");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String summary(JsonObject entry) {
        return entry.getString("actor", "-") + "|" + entry.getString("role", "-") + "|" + entry.getString("action")
                + "|" + entry.getString("outcome") + "|" + entry.getInt("status");
    }

    private static String user(String role) {
        return StaffLogins.withRole(USERS, role).username();
    }

    /** The schema owner's account: what an attacker who dropped the triggers would need. */
    private static Connection database() throws SQLException {
        return DriverManager.getConnection(DATABASE_URL, System.getenv("HOSPITAL_DB_OWNER_USER"),
                System.getenv("HOSPITAL_DB_OWNER_PASSWORD"));
    }

    /** The account the node itself runs with. */
    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(DATABASE_URL, System.getenv("HOSPITAL_DB_USER"),
                System.getenv("HOSPITAL_DB_PASSWORD"));
    }

    /** The error code of the database's refusal, or 0 when it executed the statement. */
    private static int errorCode(Connection db, String sql) {
        try {
            execute(db, sql);
            return 0;
        } catch (SQLException e) {
            return e.getErrorCode();
        }
    }

    private static long lastSeq(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery(
                        "SELECT last_seq FROM audit_chain_head")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String value(Connection db, long seq, String column) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + column + " FROM audit_event WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void dropTriggers(Connection db) throws SQLException {
        AuditTables.dropTriggers(db);
    }

    private static void restoreTriggers(Connection db) throws SQLException {
        AuditTables.restoreTriggers(db);
    }

    private static void execute(Connection db, String sql) throws SQLException {
        AuditTables.execute(db, sql);
    }

    /** Runs the statement; with {@code tolerateFailure}, false instead of an exception when the database refuses. */
    private static boolean execute(Connection db, String sql, boolean tolerateFailure) throws SQLException {
        try {
            execute(db, sql);
            return true;
        } catch (SQLException e) {
            if (!tolerateFailure) {
                throw e;
            }
            return false;
        }
    }
}
