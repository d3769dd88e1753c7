package org.medmesh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.ReplyHeaders;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The node's metrics as Prometheus scrapes them ({@code /metrics}, every scope) on the real EAR: every family of ours
 * there from start-up with help text and base units ({@code promtool check metrics} finds nothing), moving under a
 * small workload, labelled without anything of a patient, served only with the hospital's scrape token; the monitoring
 * files (docker/monitoring) valid and naming only families the node serves; liveness watching the background loops and
 * readiness the schema version; the database pool's connections held by requests that wait.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Path ROOT = Path.of(System.getProperty("medmesh.root"));
    private static final Path MONITORING = ROOT.resolve("docker/monitoring");
    private static final Pattern FAMILY = Pattern.compile("medmesh_[a-z0-9_]+");
    /** What an operator watches, each there before anything happened (a fresh deployment). */
    private static final List<String> FROM_START_UP = List.of("medmesh_http_requests_total",
            "medmesh_http_request_duration_p99_seconds", "medmesh_signins_total", "medmesh_signin_lockouts_total",
            "medmesh_sync_relay_backlog", "medmesh_sync_pending", "medmesh_sync_conflicts_open",
            "medmesh_sync_quarantined", "medmesh_sync_quarantined_forged", "medmesh_sync_peer_queue_depth",
            "medmesh_sync_peer_bridge_connected", "medmesh_sync_peer_lag_seconds",
            "medmesh_sync_peer_lag_p99_seconds", "medmesh_sync_peer_oldest_unacknowledged_seconds",
            "medmesh_notifications_created_total", "medmesh_notifications_delivered_total",
            "medmesh_notification_streams_open", "medmesh_risk_predictions_total",
            "medmesh_risk_scoring_p99_seconds", "medmesh_risk_model_auc", "medmesh_risk_rescoring_progress",
            "medmesh_backup_age_seconds", "medmesh_backup_runs_total", "medmesh_leadership_fence",
            "medmesh_hot_reads_total", "medmesh_node_degraded", "medmesh_audit_chain_intact",
            "medmesh_audit_chain_verified_entries", "medmesh_audit_chain_verified_timestamp_seconds",
            "medmesh_db_pool_connections_in_use", "medmesh_db_pool_connections_idle",
            "medmesh_db_pool_requests_waiting", "medmesh_db_pool_connections_max",
            "medmesh_db_pool_wait_timeouts_total");

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    @Order(1)
    void everyFamilyIsThereFromStartUpWithHelpTextAndBaseUnitsAndPromtoolFindsNothing() throws Exception {
        String ours = ourFamilies(scrape());
        Set<String> served = samples(ours);
        assertThat(served).containsAll(FROM_START_UP);
        assertThat(served).as("no milliseconds, no unit-less durations").noneMatch(name -> name.endsWith("_ms"));

        Process promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        promtool.getOutputStream().write(ours.getBytes(StandardCharsets.UTF_8));
        promtool.getOutputStream().close();
        String findings = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(findings).as("promtool check metrics on our families").isBlank();
        assertThat(promtool.exitValue()).isZero();
    }

    @Test
    @Order(2)
    void requestsErrorsAndSignInsMoveTheirCountersUnderAWorkload() {
        Ward ward = ContainerNode.ward();
        double patientsAnswered = now("medmesh_http_requests_total", "group=\"api-patients\"", "status=\"2xx\"");
        double patientsRefused = now("medmesh_http_requests_total", "group=\"api-patients\"", "status=\"4xx\"");
        double failed = now("medmesh_signins_total", "outcome=\"failed\"");
        double invented = now("medmesh_http_requests_total", "group=\"api-other\"", "status=\"4xx\"");

        for (int i = 0; i < 3; i++) {
            assertThat(ward.get("nurse", "api/v1/patients?name=Zed").status()).isEqualTo(200);
        }
        assertThat(ward.get("nurse", "api/v1/patients/not-an-id").status()).isBetween(400, 499);
        assertThat(NODE.requestToken("nobody-" + UUID.randomUUID(), "not the password").status()).isEqualTo(401);
        String inventedName = "Jose-Garcia-" + UUID.randomUUID();
        assertThat(NODE.get("api/v1/" + inventedName).status()).isBetween(400, 499);

        String metrics = scrape();
        assertThat(sampleIn(metrics, "medmesh_http_requests_total", "group=\"api-patients\"", "status=\"2xx\""))
                .isGreaterThanOrEqualTo(patientsAnswered + 3);
        assertThat(sampleIn(metrics, "medmesh_http_requests_total", "group=\"api-patients\"", "status=\"4xx\""))
                .isGreaterThanOrEqualTo(patientsRefused + 1);
        assertThat(sampleIn(metrics, "medmesh_signins_total", "outcome=\"failed\"")).isEqualTo(failed + 1);
        assertThat(sampleIn(metrics, "medmesh_http_requests_total", "group=\"api-other\"", "status=\"4xx\""))
                .isEqualTo(invented + 1);
        assertThat(sampleIn(metrics, "medmesh_http_request_duration_p99_seconds", "group=\"api-patients\""))
                .as("seconds").isPositive().isLessThan(30.0);
        assertThat(metrics).as("a path a caller invents makes no series").doesNotContain(inventedName);
    }

    @Test
    @Order(3)
    void theMonitoringFilesValidateAndNameOnlyFamiliesTheNodeServes() throws Exception {
        Process validate = new ProcessBuilder("bash", ROOT.resolve("docker/validate").toString())
                .redirectErrorStream(true).start();
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(validate.exitValue()).as(output).isZero();

        Set<String> served = samples(ourFamilies(scrape()));
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MONITORING)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString()
                    .endsWith("-test.yml")).toList()) {
                Matcher family = FAMILY.matcher(read(file));
                while (family.find()) {
                    named.add(family.group());
                }
            }
        }
        assertThat(named).as("families the alerts and dashboards use").isNotEmpty();
        assertThat(served).as("the node serves every family the alerts and dashboards use").containsAll(named);
    }

    @Test
    @Order(4)
    void livenessWatchesTheBackgroundLoopsAndReadinessTheSchemaVersion() {
        JsonObject live = NODE.get("health/live").json();
        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(check(live, "background-loops").getString("status")).isEqualTo("UP");

        JsonObject ready = NODE.get("health/ready").json();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("name"))
                .contains("database", "broker", "migrations");
        assertThat(check(ready, "migrations").getJsonObject("data").getString("schema")).matches("version \\d+");
    }

    @Test
    @Order(5)
    void theAuditChainIsVerifiedSoonAfterStartUpForItsAlert() {
        Poll.until(Duration.ofSeconds(90), "the scheduled verification of the audit chain", () -> !Double.isNaN(
                now("medmesh_audit_chain_intact")));
        assertThat(now("medmesh_audit_chain_intact")).isEqualTo(1.0);
        assertThat(now("medmesh_audit_chain_verified_entries")).isPositive();
        assertThat(now("medmesh_audit_chain_verified_timestamp_seconds")).isGreaterThan(1.7e9);
    }

    @Test
    @Order(6)
    void theMetricsAreServedOnlyWithTheHospitalsScrapeToken() {
        String token = ContainerNode.METRICS_TOKEN;
        assertThat(token).as("HOSPITAL_METRICS_TOKEN, which the build gives the node and the tests").isNotBlank();
        String basic = Base64.getEncoder().encodeToString(("prometheus:" + token).getBytes(StandardCharsets.UTF_8));
        String staffToken = ContainerNode.ward().token("admin");

        assertRefused("metrics", null);
        assertRefused("metrics", "Bearer not-" + token);
        assertRefused("metrics", "Bearer " + token.substring(1));
        assertRefused("metrics", "Bearer " + staffToken);
        assertRefused("metrics", "Basic " + token);
        assertRefused("metrics", "Basic " + basic);
        assertRefused("metrics", token);
        assertRefused("metrics?scope=application", null);
        assertRefused("metrics?scope=base", "Bearer not-" + token);
        assertRefused("metrics/", null);
        assertRefused("metrics;jsessionid=x", null);
        assertThat(metrics("metrics", null).json().getString("type")).endsWith("/metrics-token-required");
        assertThat(metrics("metrics", "Bearer not-" + token).json().getString("type"))
                .endsWith("/metrics-token-refused");
        assertThat(challenge("metrics", "Bearer not-" + token)).contains("error=\"invalid_token\"");

        Reply served = metrics("metrics?scope=application", "Bearer " + token);
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.body()).contains("medmesh_http_requests_total");
        assertThat(metrics("metrics", "Bearer " + token).status()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void theDatabasePoolShowsItsMaximumAndTheConnectionsOfRequestsWaitingForARow() throws Exception {
        String metrics = scrape();
        assertThat(sampleIn(metrics, "medmesh_db_pool_connections_max")).as("the pool's maxPoolSize").isEqualTo(32.0);
        assertThat(sampleIn(metrics, "medmesh_db_pool_connections_in_use")).isBetween(0.0, 32.0);
        assertThat(sampleIn(metrics, "medmesh_db_pool_connections_idle")).isBetween(0.0, 32.0);
        assertThat(sampleIn(metrics, "medmesh_db_pool_requests_waiting")).isNotNaN().isGreaterThanOrEqualTo(0.0);
        assertThat(sampleIn(metrics, "medmesh_db_pool_wait_timeouts_total")).isNotNaN().isGreaterThanOrEqualTo(0.0);

        // A sign-in first locks its username's failure row; the test holds three new ones uncommitted, so three
        // sign-ins wait, each on a pool connection, until the commit. One row each, and committed rather than rolled
        // back: either way round, InnoDB's locks on the released rows deadlock the sign-ins (a 500 instead of a 401).
        String probe = Ward.unique("pool-probe-");
        List<String> usernames = List.of(probe + "-1", probe + "-2", probe + "-3");
        ExecutorService callers = Executors.newFixedThreadPool(usernames.size());
        try (Connection db = ContainerNode.database()) {
            db.setAutoCommit(false);
            lockFailureRows(db, usernames);
            List<Future<Reply>> signIns = usernames.stream()
                    .map(name -> callers.submit(() -> NODE.requestToken(name, "not the password"))).toList();
            Poll.until(Duration.ofSeconds(30), "three connections in use by the sign-ins waiting for their rows",
                    () -> now("medmesh_db_pool_connections_in_use") >= usernames.size());
            db.commit();
            for (Future<Reply> signIn : signIns) {
                assertThat(signIn.get(60, TimeUnit.SECONDS).status()).isEqualTo(401);
            }
        } finally {
            callers.shutdownNow();
            forgetFailureRows(usernames);
        }
    }

    private static void lockFailureRows(Connection db, List<String> usernames) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into sign_in_failure (username, failures) values (?, 0)")) {
            for (String username : usernames) {
                insert.setString(1, username);
                insert.executeUpdate();
            }
        }
    }

    private static void forgetFailureRows(List<String> usernames) throws SQLException {
        try (Connection db = ContainerNode.database();
                PreparedStatement delete = db.prepareStatement("delete from sign_in_failure where username = ?")) {
            for (String username : usernames) {
                delete.setString(1, username);
                delete.executeUpdate();
            }
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static String scrape() {
        return ContainerNode.scrape("");
    }

    /** A request for the metrics with this {@code Authorization} header (null: none). */
    private static Reply metrics(String path, String authorization) {
        return authorization == null
                ? NODE.send("GET", path, null, null, "Accept", "text/plain")
                : NODE.send("GET", path, null, null, "Accept", "text/plain", "Authorization", authorization);
    }

    /** The {@code WWW-Authenticate} challenge of the answer to such a request ("" without one). */
    private static String challenge(String path, String authorization) {
        ReplyHeaders answer = authorization == null
                ? NODE.headers("GET", path)
                : NODE.headers("GET", path, "Authorization", authorization);
        return answer.first("WWW-Authenticate").orElse("");
    }

    private static void assertRefused(String path, String authorization) {
        Reply refused = metrics(path, authorization);
        assertThat(refused.status()).as(path + " with " + authorization + ": " + refused).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getInt("status")).isEqualTo(401);
        assertThat(refused.body()).as("nothing of the metrics").doesNotContain("medmesh_", "# TYPE", "# HELP");
        assertThat(challenge(path, authorization)).startsWith("Bearer realm=\"metrics\"");
    }

    /** The lines of the scrape that belong to our families (samples, HELP and TYPE). */
    private static String ourFamilies(String scrape) {
        return scrape.lines().filter(line -> line.startsWith("medmesh_") || line.startsWith("# HELP medmesh_")
                || line.startsWith("# TYPE medmesh_")).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The sample names in the text. */
    private static Set<String> samples(String text) {
        return text.lines().filter(line -> line.startsWith("medmesh_"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double now(String name, String... labels) {
        return sampleIn(scrape(), name, labels);
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}. */
    private static double sampleIn(String scrape, String name, String... labels) {
        List<String> lines = scrape.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> Stream.of(labels).allMatch(line::contains)).toList();
        assertThat(lines).as(name + " " + List.of(labels)).hasSize(1);
        String line = lines.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
