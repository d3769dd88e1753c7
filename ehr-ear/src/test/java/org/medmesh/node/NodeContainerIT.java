package org.medmesh.node;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.platform.infrastructure.persistence.LeaseSql;
import org.medmesh.testsupport.ForgedTokens;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The real EAR on Payara Server (domain started once by Arquillian), configured like a hospital through MicroProfile
 * Config, against a private MariaDB and its embedded Artemis broker. Called over HTTP like any API client.
 */
@ExtendWith(ArquillianExtension.class)
class NodeContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final List<StaffLogin> USERS = ContainerNode.users();
    private static final String ISSUER = ContainerNode.ISSUER;

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void theNodeLeadsItsBackupJobWithAFenceItsAdministratorsSee() {
        StaffLogin admin = StaffLogins.withRole(USERS, "admin");
        String token = NODE.token(admin.username(), admin.password());
        Poll.until(Duration.ofSeconds(50), "the backup job's lease held by this deployment (an earlier one's runs out "
                + "or was let go)",
                () -> NODE.get("api/v1/admin/leadership", token).json().getJsonArray("leases")
                        .getValuesAs(JsonObject.class).stream().anyMatch(lease -> lease.getString("job").equals(
                                "backup") && lease.getBoolean("here")));
        JsonObject leaders = NODE.get("api/v1/admin/leadership", token).json();
        assertThat(leaders.getJsonArray("leases").getValuesAs(JsonObject.class)).extracting(l -> l.getString("job"))
                .contains("backup", "anti-entropy", "audit-checkpoints");
        JsonObject backup = leaders.getJsonArray("leases").getValuesAs(JsonObject.class).stream()
                .filter(lease -> lease.getString("job").equals("backup")).findFirst().orElseThrow();
        assertThat(backup.getString("holder")).isEqualTo(leaders.getString("instance")).startsWith("server-");
        assertThat(backup.getJsonNumber("fence").longValue()).isPositive();
        assertThat(backup.getBoolean("current")).isTrue();
        assertThat(backup.getBoolean("here")).isTrue();
    }

    @Test
    void aLeaseChangesHandsOnlyOnceExpiredAndItsFormerHoldersFencedWriteThenChangesNothing() throws SQLException {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = ContainerNode.database()) {
            long first = LeaseSql.acquire(db, job, "instance-a", 2).orElseThrow();
            assertThat(LeaseSql.acquire(db, job, "instance-b", 2)).as("held by a").isEmpty();
            assertThat(LeaseSql.acquire(db, job, "instance-a", 2)).as("renewed, same fence").hasValue(first);
            assertThat(holds(db, job, "instance-a", first)).isTrue();

            Poll.until(Duration.ofSeconds(20), "b takes over once a stopped renewing",
                    () -> acquired(db, job, "instance-b").isPresent());
            long second = LeaseSql.holder(db, job).orElseThrow().fence();
            assertThat(second).isEqualTo(first + 1);
            assertThat(holds(db, job, "instance-a", first)).as("a's fenced write changes nothing").isFalse();
            assertThat(holds(db, job, "instance-b", second)).isTrue();
            assertThat(LeaseSql.acquire(db, job, "instance-a", 2)).as("a refused while b's lease runs").isEmpty();

            LeaseSql.release(db, job, "instance-b");
            assertThat(LeaseSql.acquire(db, job, "instance-a", 2)).as("taken at once after a release")
                    .hasValue(second + 1);
        }
    }

    private static OptionalLong acquired(Connection db, String job, String owner) {
        try {
            return LeaseSql.acquire(db, job, owner, 2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a write conditioned on the lease ({@link LeaseSql#HOLDS}) would take effect. */
    private static boolean holds(Connection db, String job, String owner, long fence) throws SQLException {
        try (PreparedStatement write = db.prepareStatement("SELECT 1 FROM DUAL WHERE " + LeaseSql.HOLDS)) {
            write.setString(1, job);
            write.setString(2, owner);
            write.setLong(3, fence);
            try (ResultSet row = write.executeQuery()) {
                return row.next();
            }
        }
    }

    @Test
    void shouldBeReadyOnlyWithDatabaseBrokerAndSchemaUpAndTellTheBridges() {
        Reply ready = NODE.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        JsonObject health = ready.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .containsExactlyInAnyOrder("database=UP", "broker=UP", "migrations=UP", "bridges=UP");
    }

    @Test
    void shouldDescribeTheHospitalFromItsConfiguration() {
        JsonObject hospital = NODE.get("api/v1/hospital").json();
        assertThat(hospital.getString("id")).isEqualTo("hospIT");
        assertThat(hospital.getString("name")).isEqualTo("Integration Test Hospital");
        assertThat(hospital.getString("version")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(hospital.getJsonArray("peers").getValuesAs(JsonString::getString)).containsExactly("hospX");
    }

    @Test
    void shouldMigrateTheSchemaWithFlyway() throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port") + "/medmesh";
        try (Connection db = DriverManager.getConnection(url, "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
                Statement sql = db.createStatement();
                ResultSet applied = sql.executeQuery(
                        "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            assertThat(applied.next()).isTrue();
            assertThat(applied.getString("version")).isEqualTo("1");
            assertThat(applied.getBoolean("success")).isTrue();
        }
    }

    @Test
    void shouldCommitWritesAsLocalTransactionsNotTwoPhaseOnes() throws SQLException {
        Ward ward = new Ward(NODE, USERS);
        ward.token("nurse");
        long before = xaStatements();

        Reply registered = ward.post("nurse", "api/v1/patients", Ward.patient("Lola", Ward.unique("Local")).build());

        assertThat(registered.status()).isEqualTo(201);
        assertThat(xaStatements()).as("XA statements the database received for a write").isEqualTo(before);
    }

    /** XA statements the database has received since it started, from any client. */
    private static long xaStatements() throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port") + "/medmesh";
        try (Connection db = DriverManager.getConnection(url, "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
                Statement sql = db.createStatement();
                ResultSet counters = sql.executeQuery("show global status like 'Com\\_xa\\_%'")) {
            long total = 0;
            while (counters.next()) {
                total += counters.getLong(2);
            }
            return total;
        }
    }

    @Test
    void shouldIssueEveryDemoUserATokenCarryingTheirRole() {
        assertThat(USERS).extracting(StaffLogin::role).containsExactlyInAnyOrder("doctor", "nurse", "pharmacist",
                "admin");
        for (StaffLogin user : USERS) {
            Reply issued = NODE.requestToken(user.username(), user.password());
            assertThat(issued.status()).as(user.username()).isEqualTo(200);
            assertThat(issued.json().getString("token_type")).isEqualTo("Bearer");
            assertThat(issued.json().getString("hospital")).isEqualTo("hospIT");

            JsonObject me = NODE.get("api/v1/auth/me", issued.json().getString("access_token")).json();
            assertThat(me.getString("username")).isEqualTo(user.username());
            assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly(user.role());
        }
    }

    @Test
    void shouldRefuseWrongCredentialsWithoutSayingWhichPartWasWrong() {
        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        Reply wrongPassword = NODE.requestToken(doctor.username(), doctor.password() + "x");
        Reply unknownUser = NODE.requestToken("no.such.user", doctor.password());
        for (Reply refused : List.of(wrongPassword, unknownUser)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).isEqualTo("Invalid username or password.");
        }
    }

    @Test
    void shouldRefuseRequestsWithoutAValidToken() {
        StaffLogin doctor = StaffLogins.withRole(USERS, "doctor");
        String valid = NODE.token(doctor.username(), doctor.password());
        Instant inAnHour = Instant.now().plusSeconds(3600);
        var hospitalKey = ForgedTokens.readPkcs8(IT_DIR.resolve("keys/jwt-private.pem"));

        List<String> rejected = List.of(
                ForgedTokens.signedWith(ForgedTokens.strangerKey(),
                        ForgedTokens.claims(ISSUER, doctor.username(), "doctor", inAnHour)),
                ForgedTokens.signedWith(hospitalKey,
                        ForgedTokens.claims(ISSUER, doctor.username(), "doctor", Instant.now().minusSeconds(600))),
                ForgedTokens.signedWith(hospitalKey,
                        ForgedTokens.claims("medmesh-elsewhere", doctor.username(), "doctor", inAnHour)),
                ForgedTokens.withPayload(valid, ForgedTokens.claims(ISSUER, "intruder", "admin", inAnHour)),
                "not-a-token");

        assertThat(NODE.get("api/v1/auth/me").status()).isEqualTo(401);
        assertThat(NODE.get("api/v1/auth/me", valid).status()).isEqualTo(200);
        for (String token : rejected) {
            assertThat(NODE.get("api/v1/auth/me", token).status()).as(token).isEqualTo(401);
        }
    }

    @Test
    void shouldLetOnlyAdminsManageStaff() {
        for (String clinical : List.of("doctor", "nurse", "pharmacist")) {
            StaffLogin user = StaffLogins.withRole(USERS, clinical);
            Reply refused = NODE.get("api/v1/admin/staff", NODE.token(user.username(), user.password()));
            assertThat(refused.status()).as(clinical).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        StaffLogin admin = StaffLogins.withRole(USERS, "admin");
        Reply staff = NODE.get("api/v1/admin/staff", NODE.token(admin.username(), admin.password()));
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).doesNotContain("PBKDF2").doesNotContain("password");
        assertThat(staff.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(account -> account.getString("username")))
                .as("every demo account (other tests create accounts of their own)")
                .containsAll(USERS.stream().map(StaffLogin::username).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"username\":\"\",\"password\":\"\"}", "{\"username\":\"dr.a\"}", "{not json",
            "[]", ""})
    void shouldAnswerBadSignInInputWithA400ProblemAndNoStackTrace(String body) {
        Reply reply = NODE.post("api/v1/auth/token", "application/json", body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void shouldListEachInvalidFieldWithAnActionableMessage() {
        JsonObject problem = NODE.post("api/v1/auth/token", "application/json", "{\"username\":\" \"}").json();
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field") + ": " + error.getString("message"))
                .containsExactly("password: Enter your password.", "username: Enter your username.");
    }

    @Test
    void shouldAnswerProtocolMistakesWithProblems() {
        assertThat(NODE.post("api/v1/auth/token", "text/plain", "x").status()).isEqualTo(415);
        Reply unknown = NODE.get("api/v1/no-such-resource");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldExposePrometheusMetricsToItsScrapeToken() {
        assertThat(ContainerNode.scrape("")).contains("# TYPE");
        assertThat(NODE.get("metrics").status()).as("without the token").isEqualTo(401);
    }
}
