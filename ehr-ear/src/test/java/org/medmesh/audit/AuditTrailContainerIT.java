package org.medmesh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.DemoUsers;
import org.medmesh.testsupport.DemoUsers.DemoUser;
import org.medmesh.testsupport.NodeClient;
import org.medmesh.testsupport.NodeClient.Reply;
import org.medmesh.testsupport.Ward;

/**
 * Every request leaves an entry naming who, in which role, about which patient, what and how it ended — refused ones
 * included; an administrator finds them by patient and user; and the verifier finds an entry edited, deleted or moved
 * directly in the database (by someone who first dropped the append-only triggers with the schema owner's account),
 * naming the first broken entry; the node's own database account cannot change or remove entries at all. Each tampering
 * is undone afterwards, so the chain verifies again.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailContainerIT {

    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final List<DemoUser> USERS = ContainerNode.users();
    private static final NodeClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, USERS);
    private static final String DATABASE_URL = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
            + "/medmesh";
    /** MariaDB's ER_TABLEACCESS_DENIED_ERROR: "command denied to user … for table …". */
    private static final int ACCESS_DENIED = 1142;

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

                execute(db, "CREATE TABLE audit_event_copy AS SELECT * FROM audit_event WHERE seq = " + target);
                execute(db, "DELETE FROM audit_event WHERE seq = " + target);
                assertBrokenAt(target, "missing");
                execute(db, "INSERT INTO audit_event SELECT * FROM audit_event_copy");
                assertThat(verdict().getBoolean("intact")).isTrue();

                execute(db, "UPDATE audit_event SET seq = -1 WHERE seq = " + (target - 1));
                execute(db, "UPDATE audit_event SET seq = " + (target - 1) + " WHERE seq = " + target);
                execute(db, "UPDATE audit_event SET seq = " + target + " WHERE seq = -1");
                assertBrokenAt(target - 1, "");
                execute(db, "UPDATE audit_event SET seq = -1 WHERE seq = " + target);
                execute(db, "UPDATE audit_event SET seq = " + target + " WHERE seq = " + (target - 1));
                execute(db, "UPDATE audit_event SET seq = " + (target - 1) + " WHERE seq = -1");
                assertThat(verdict().getBoolean("intact")).isTrue();
            } finally {
                execute(db, "DROP TABLE IF EXISTS audit_event_copy");
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
                    "CREATE TABLE audit_event_copy (seq BIGINT)", "TRUNCATE TABLE audit_event")) {
                assertThat(errorCode(db, tampering)).as(tampering).isEqualTo(ACCESS_DENIED);
            }
        }
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

    private static void assertBrokenAt(long seq, String problem) {
        JsonObject verdict = verdict();
        assertThat(verdict.getBoolean("intact")).isFalse();
        assertThat(verdict.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        assertThat(verdict.getString("problem")).contains(problem);
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
        return DemoUsers.withRole(USERS, role).username();
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
        execute(db, "DROP TRIGGER audit_event_no_update");
        execute(db, "DROP TRIGGER audit_event_no_delete");
    }

    private static void restoreTriggers(Connection db) throws SQLException {
        execute(db, "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
        execute(db, "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
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
