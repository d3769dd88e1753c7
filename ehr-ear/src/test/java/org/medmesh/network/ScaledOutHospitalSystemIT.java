package org.medmesh.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmesh.testsupport.Ward.patient;
import static org.medmesh.testsupport.Ward.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medmesh.client.ApiClient;
import org.medmesh.client.EventStream;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.testsupport.Browser;
import org.medmesh.testsupport.Launcher;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Scrape;
import org.medmesh.testsupport.TestNetwork;
import org.medmesh.testsupport.Ward;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Hospital C run as two server instances of its domain ({@code ./ehr up --instances 2}) sharing its database and its
 * broker, run as a process of its own, beside hospital A: both instances serve and replicate; a chart one instance kept
 * in the grid is served by the other, and never after a write that changed it; the grid admits no one who only guesses
 * its name; a notification written at one instance reaches a stream the other holds; killing the instance that leads
 * the backups, with a nurse signed in there, loses nothing: her session goes on at the other instance, the lease moves
 * there with a higher fence and the schedule (every minute here) goes on, each slot backed up exactly once, and what A
 * sent while the instance was down is applied by the other (the inbox's consumer moves).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaledOutHospitalSystemIT {

    private static final String API = "api/v1/";
    private static final String C = "hospC";
    private static final Duration CONVERGENCE = Duration.ofMinutes(3);
    private static final List<String> INSTANCES = List.of("hospC-1", "hospC-2");
    /** The launcher for hospital C as this test runs it: backups every minute. */
    private static final Launcher HOSPITAL_C = TestNetwork.with(Map.of("EHR_HOSPITALS", C,
            "EHR_BACKUP_INTERVAL_MINUTES", "1"));
    /** The staff at each instance (tokens are the hospital's: either instance accepts them). */
    private static final Map<Integer, Ward> WARDS = new ConcurrentHashMap<>();

    @BeforeAll
    static void scaleOutHospitalC() {
        Launcher.Run a = TestNetwork.only("hospA").run(900, "up");
        assertThat(a.exitCode()).as(a.output()).isZero();
        Launcher.Run down = TestNetwork.only(C).run(300, "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        Launcher.Run up = HOSPITAL_C.run(1200, "up", "--instances", "2");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("instances: hospC-1 " + url(1), "hospC-2 " + url(2));
    }

    @AfterAll
    static void stopTheNetwork() {
        TestNetwork.EHR.run(300, "down");
    }

    @Test
    @Order(1)
    void bothInstancesServeJoinTheHospitalsOwnGridAndReplicateBothWays() {
        Launcher.Run status = TestNetwork.only(C).run(120, "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("instance hospC-1", "instance hospC-2", "data grid medmesh-hospC",
                "process");
        String gridName = DataGridProbe.keptName(TestNetwork.WORK, C);
        assertThat(status.output()).as("the grid's name is its password").doesNotContain(gridName);
        for (int k = 1; k <= 2; k++) {
            DataGridProbe member = new DataGridProbe(TestNetwork.portBase(C) + 100 * k + 49);
            assertThat(member.admits("medmesh-" + C)).as("instance " + k + " admits a guessed name").isFalse();
            assertThat(member.admits(gridName)).as("instance " + k + " admits the kept name").isTrue();
        }
        assertThat(DataGridProbe.ownerOnly(TestNetwork.WORK.resolve("payara6/glassfish/nodes")))
                .as("the instances' configuration and logs, mode 700").isTrue();
        for (int k = 1; k <= 2; k++) {
            assertThat(new ApiClient(url(k) + "/").get("health/ready").status()).as("instance " + k + " ready")
                    .isEqualTo(200);
        }

        String atC2 = created(instance(2).post("nurse", API + "patients", patient("Cleo", unique("AtC2")).build()));
        assertThat(instance(1).get("nurse", API + "patients/" + atC2).status()).as("the other instance reads it")
                .isEqualTo(200);
        Poll.until(CONVERGENCE, "C's patient at A",
                () -> TestNetwork.ward("hospA").get("nurse", API + "patients/" + atC2).status() == 200);
        String atA = created(TestNetwork.ward("hospA").post("nurse", API + "patients", patient("Ada", unique("AtA"))
                .build()));
        Poll.until(CONVERGENCE, "A's patient at both instances of C",
                () -> instance(1).get("nurse", API + "patients/" + atA).status() == 200
                        && instance(2).get("nurse", API + "patients/" + atA).status() == 200);
    }

    @Test
    @Order(2)
    void aChartKeptInTheGridByOneInstanceIsServedByTheOtherAndNeverStaleAfterAWrite() {
        String patient = created(instance(1).post("nurse", API + "patients", patient("Carl", unique("Chart"))
                .build()));
        String chart = API + "patients/" + patient + "/chart";
        assertThat(instance(1).get("doctor", chart).json().getJsonArray("allergies")).isEmpty();
        long hits = hotReads(2, "hit");
        assertThat(instance(2).get("doctor", chart).json().getJsonArray("allergies")).isEmpty();
        assertThat(hotReads(2, "hit")).as("instance 2 served the chart instance 1 kept in the grid")
                .isEqualTo(hits + 1);

        Reply allergy = instance(1).post("nurse", API + "allergies", Json.createObjectBuilder()
                .add("patientId", patient).add("substance", Ward.code(null, null, "Latex"))
                .add("reaction", "urticaria").add("severity", "MILD").build());
        assertThat(allergy.status()).as(allergy.body()).isEqualTo(201);
        assertThat(instance(2).get("doctor", chart).json().getJsonArray("allergies"))
                .as("instance 2's read right after instance 1's write").hasSize(1);
    }

    @Test
    @Order(3)
    void aNotificationWrittenAtOneInstanceReachesTheStreamTheOtherHolds() throws InterruptedException {
        String patient = created(instance(1).post("nurse", API + "patients", patient("Pia", unique("Notice"))
                .build()));
        try (EventStream stream = new ApiClient(url(2) + "/").stream(API + "notifications/stream",
                instance(2).token("pharmacist"), null)) {
            assertThat(stream.status()).isEqualTo(200);
            Reply written = instance(1).post("doctor", API + "prescriptions", Json.createObjectBuilder()
                    .add("patientId", patient)
                    .add("drug", Ward.code("http://www.nlm.nih.gov/research/umls/rxnorm", "308182", "Amoxicillin"))
                    .add("dose", 500).add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours")
                    .add("durationDays", 7).build());
            assertThat(written.status()).as(written.body()).isEqualTo(201);
            List<JsonObject> about = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                int before = about.size();
                stream.next(Duration.ofMillis(200)).filter(event -> event.name().equals("notification"))
                        .map(event -> Json.createReader(new StringReader(event.data())).readObject())
                        .filter(item -> patient.equals(item.getString("patientId", null))).ifPresent(about::add);
                if (before == 0 && about.size() == 1) {
                    deadline = Instant.now().plus(Duration.ofSeconds(3)); // and then no second one
                }
            }
            assertThat(about).as("the prescription on the pharmacist's stream at instance 2, once").hasSize(1);
            assertThat(about.get(0).getString("rule")).isEqualTo("prescription-to-pharmacy");
        }
    }

    @Test
    @Order(4)
    void killingTheInstanceThatLeadsTheBackupsLosesNoSessionNoScheduledBackupAndNoChangeFromAPeer() {
        Poll.until(Duration.ofMinutes(3), "a scheduled backup made by the leader", () -> scheduledRuns().stream()
                .anyMatch(run -> run.state().equals("succeeded")));
        JsonObject lease = backupLease(instance(1));
        String leader = lease.getString("holder");
        long fence = lease.getJsonNumber("fence").longValue();
        int killed = leader.startsWith("hospC-1-") ? 1 : 2;
        int survivor = 3 - killed;
        assertThat(leader).startsWith("hospC-" + killed + "-");
        StaffLogin nurse = StaffLogins.withRole(logins(), "nurse");
        try (Browser browser = Browser.wardPc(url(killed) + "/")) {
            browser.open("signin.xhtml");
            browser.signIn(nurse.username(), nurse.password());
            browser.await("signed in at instance " + killed, ExpectedConditions.urlContains("ward/patients.xhtml"));
            assertThat(browser.find(By.id("signed-in-as")).getText()).contains(nurse.username());

            String atA = created(TestNetwork.ward("hospA").post("nurse", API + "patients", patient("Ada", unique(
                    "WhileDown")).build()));
            assertThat(TestNetwork.killInstance(C, INSTANCES.get(killed - 1))).isPositive();

            // The session cookies are the host's, whatever the port: the browser brings them to the survivor.
            browser.driver().get(url(survivor) + "/ward/patients.xhtml");
            browser.await("the ward's page at instance " + survivor, ExpectedConditions.presenceOfElementLocated(
                    By.id("signed-in-as")));
            assertThat(browser.path()).as("not sent to sign in again").contains("ward/patients.xhtml");
            assertThat(browser.find(By.id("signed-in-as")).getText()).contains(nurse.username());

            Poll.until(Duration.ofSeconds(90), "the backup lease taken over by instance " + survivor, () -> {
                JsonObject now = backupLease(instance(survivor));
                return now.getBoolean("current") && now.getString("holder").startsWith("hospC-" + survivor + "-")
                        && now.getJsonNumber("fence").longValue() > fence;
            });
            long takenOver = backupLease(instance(survivor)).getJsonNumber("fence").longValue();
            Poll.until(Duration.ofMinutes(3), "a scheduled backup under the new leader's fence",
                    () -> scheduledRuns().stream().anyMatch(run -> run.state().equals("succeeded")
                            && run.instance().startsWith("hospC-" + survivor + "-")
                            && Long.valueOf(takenOver).equals(run.fence())));
            Poll.until(CONVERGENCE, "A's patient, sent while an instance was down, applied by the other",
                    () -> instance(survivor).get("nurse", API + "patients/" + atA).status() == 200);
        }

        List<Scheduled> runs = scheduledRuns();
        Set<Long> slots = new TreeSet<>();
        for (Scheduled run : runs) {
            assertThat(slots.add(run.slot())).as("a slot taken twice: " + runs).isTrue();
        }
        assertThat(runs).as("no slot ended in failure across the takeover").noneMatch(run -> run.state().equals(
                "failed"));
        restartMissingInstances();
    }

    /** {@code medmesh_hot_reads_total} of the charts for one outcome at one instance. */
    private static long hotReads(int instance, String outcome) {
        return Scrape.of(new ApiClient(url(instance) + "/"), TestNetwork.metricsToken(C), "scope=application").lines()
                .filter(l -> l.startsWith("medmesh_hot_reads_total{") && l.contains("region=\"chart\"")
                        && l.contains("outcome=\"" + outcome + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** {@code ./ehr up} again: the instance killed starts, the configuration and the other instance unchanged. */
    private static void restartMissingInstances() {
        Launcher.Run up = HOSPITAL_C.run(900, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("configuration unchanged");
        for (int k = 1; k <= 2; k++) {
            assertThat(new ApiClient(url(k) + "/").get("health/ready").status()).as("instance " + k + " ready")
                    .isEqualTo(200);
        }
    }

    private static JsonObject backupLease(Ward ward) {
        return ward.get("admin", API + "admin/leadership").json().getJsonArray("leases")
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("job").equals("backup")).findFirst()
                .orElseThrow();
    }

    /** A scheduled backup as the hospital's database records it. */
    private record Scheduled(long slot, String state, String instance, Long fence) {
    }

    private static List<Scheduled> scheduledRuns() {
        List<Scheduled> runs = new ArrayList<>();
        try (Connection db = TestNetwork.database(C, false);
                PreparedStatement query = db.prepareStatement("SELECT slot, state, instance, fence FROM backup_run"
                        + " WHERE trigger_kind = 'schedule' ORDER BY slot");
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long fence = row.getLong(4);
                runs.add(new Scheduled(row.getLong(1), row.getString(2), row.getString(3), row.wasNull()
                        ? null
                        : fence));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    private static String url(int instance) {
        return "http://127.0.0.1:" + (TestNetwork.portBase(C) + 100 * instance + 80);
    }

    private static Ward instance(int k) {
        return WARDS.computeIfAbsent(k, i -> new Ward(new ApiClient(url(i) + "/"), logins()));
    }

    private static List<StaffLogin> logins() {
        return StaffLogins.read(TestNetwork.WORK.resolve("secrets").resolve(C).resolve("demo-users"));
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
    }
}
