package org.medmesh.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmesh.testsupport.TestNetwork.EHR;
import static org.medmesh.testsupport.TestNetwork.HOSPITALS;
import static org.medmesh.testsupport.TestNetwork.PORT_BASE;
import static org.medmesh.testsupport.TestNetwork.WORK;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.client.ApiClient;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;
import org.medmesh.testsupport.Launcher;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.TestNetwork;

/**
 * The quick start, as a user runs it: {@code ./ehr up} brings up three hospitals (Payara domains, private MariaDB
 * servers, embedded brokers), each ready and issuing tokens to its demo users; {@code ./ehr down} leaves nothing. Uses
 * its own work directory and port range, so a developer's running network is not touched.
 */
class NetworkSystemIT {

    /** Starts from nothing, as on a fresh machine: no domains, databases or keys from an earlier run. */
    @BeforeAll
    static void startFromAPurgedWorkDirectory() {
        EHR.run(300, "down", "--purge");
    }

    @AfterAll
    static void leaveNothingRunning() {
        EHR.run(300, "down");
    }

    @Test
    void shouldStartServeAndStopTheThreeHospitalNetwork() {
        Launcher.Run up = EHR.run(900, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();

        for (int i = 0; i < HOSPITALS.size(); i++) {
            String hospital = HOSPITALS.get(i);
            int portBase = PORT_BASE + 1000 * i;
            ApiClient node = TestNetwork.node(hospital);

            assertThat(up.output()).contains("http://127.0.0.1:" + (portBase + 80) + "/api/v1/hospital");
            JsonObject ready = node.get("health/ready").json();
            assertThat(ready.getString("status")).as(hospital).isEqualTo("UP");
            assertThat(node.get("api/v1/hospital").json().getString("id")).isEqualTo(hospital);

            List<StaffLogin> users = StaffLogins.read(WORK.resolve("secrets").resolve(hospital).resolve("demo-users"));
            assertThat(users).extracting(StaffLogin::role).containsExactlyInAnyOrder("doctor", "nurse", "pharmacist",
                    "admin");
            for (StaffLogin user : users) {
                String token = node.token(user.username(), user.password());
                assertThat(node.get("api/v1/auth/me", token).status()).as(user.username()).isEqualTo(200);
            }
            AdminPlane admin = new AdminPlane(WORK, hospital, portBase + 48);
            assertThat(admin.asadmin("get-hazelcast-configuration")).as("own data grid")
                    .contains(DataGridProbe.keptName(WORK, hospital));
            assertAdminPlaneIsClosed(admin, hospital);
            assertDataGridIsClosed(hospital, portBase + 49, up.output());
            assertThat(node.headers("GET", "api/v1/hospital").values().map())
                    .doesNotContainKeys("server", "Server", "x-powered-by", "X-Powered-By");
        }
        for (String hospital : HOSPITALS) {
            ApiClient node = TestNetwork.node(hospital);
            Poll.until(Duration.ofSeconds(120), hospital + " reaching both peers, in a normal condition",
                    () -> bridgesState(node).equals("up") && node.headers("GET", "api/v1/hospital")
                            .first("MedMesh-Condition").orElse("").equals("normal"));
        }

        Launcher.Run seed = EHR.run(300, "seed", "--patients", "6", "--seed", "7");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        assertThat(seed.output()).contains("Done: 6 patients (0 failed)");
        for (int i = 0; i < HOSPITALS.size(); i++) {
            String hospital = HOSPITALS.get(i);
            ApiClient node = TestNetwork.node(hospital);
            StaffLogin nurse = StaffLogins.withRole(
                    StaffLogins.read(WORK.resolve("secrets").resolve(hospital).resolve("demo-users")), "nurse");
            String token = node.token(nurse.username(), nurse.password());
            for (String mrn : List.of(hospital + "-0000001", hospital + "-0000002")) {
                assertThat(node.get("api/v1/patients?identifier=" + mrn, token).json().getJsonArray("items"))
                        .as(mrn).hasSize(1);
            }
        }

        Launcher.Run audit = EHR.run(120, "audit-verify");
        assertThat(audit.exitCode()).as(audit.output()).isZero();
        for (String hospital : HOSPITALS) {
            assertThat(audit.output()).as(audit.output()).containsPattern(hospital
                    + ": intact \\(\\d+ entries; anchored at [0-2] of 2 peers\\)");
        }

        Launcher.Run again = EHR.run(300, "up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        Launcher.Run status = EHR.run(60, "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("hospA", "hospB", "hospC");

        Launcher.Run down = EHR.run(300, "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        for (int i = 0; i < HOSPITALS.size(); i++) {
            int portBase = PORT_BASE + 1000 * i;
            for (int offset : List.of(48, 80, 306, 616)) {
                assertThat(listening(portBase + offset)).as("port " + (portBase + offset) + " after down").isFalse();
            }
        }
    }

    @Test
    void shouldRefuseToStartWhenAPortIsTaken() throws IOException {
        int taken = PORT_BASE + 2000 + 80;
        try (ServerSocket squatter = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            Launcher.Run up = EHR.run(300, "up");
            assertThat(up.exitCode()).isNotZero();
            assertThat(up.output()).contains(Integer.toString(taken));
        }
        for (int offset : List.of(48, 80, 306)) {
            assertThat(listening(PORT_BASE + offset)).as("nothing half-started on " + (PORT_BASE + offset)).isFalse();
        }
    }

    /**
     * The admin plane as an attacker with a shell finds it: the admin REST interface refuses anonymous callers (and
     * answers the administrator, so the console still serves IT staff), JMX demands a login, the domain's keystore does
     * not open with the default master password, and nothing of the hospital listens beyond 127.0.0.1.
     */
    private static String bridgesState(ApiClient node) {
        return node.get("health/ready").json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("bridges"))
                .map(check -> check.getJsonObject("data").getString("state")).findFirst().orElse("none");
    }

    private static void assertAdminPlaneIsClosed(AdminPlane admin, String hospital) {
        for (String path : List.of("management/domain/list-password-aliases", "management/domain/view-log",
                "management/domain")) {
            assertThat(admin.adminRest(path, null)).as(hospital + " anonymous " + path).isEqualTo(401);
        }
        assertThat(admin.adminRest("management/domain/list-password-aliases", "admin:" + admin.adminPassword()))
                .as(hospital + " administrator").isEqualTo(200);
        Poll.until(Duration.ofSeconds(120), hospital + " admin console answers",
                () -> List.of(200, 202, 302).contains(admin.adminRest("", null)));
        assertThat(admin.asadmin("get", "configs.config.server-config.admin-service.jmx-connector.system.*"))
                .contains("security-enabled=true");
        assertThat(admin.keystoreOpensWith("changeit")).as(hospital + " keystore with the default master password")
                .isFalse();

        List<Long> pids = List.of(admin.pid(WORK.resolve("domains").resolve(hospital).resolve("config/pid")),
                admin.pid(WORK.resolve("db").resolve(hospital).resolve("mariadbd.pid")));
        List<String> listeners = AdminPlane.listeners(pids);
        assertThat(listeners).as(hospital + " listens").isNotEmpty()
                .allSatisfy(socket -> assertThat(socket).as(hospital + " listener")
                        .matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1\\]):\\d+"));
    }

    /**
     * The hospital's data grid admits no one who guesses its name — the hospital's, Payara's defaults — and does admit
     * the name the launcher keeps (so the refusals are this grid's); that name is in no output, log or command line a
     * local user can read, and the directories holding the domain's configuration and logs are the owner's only.
     */
    static void assertDataGridIsClosed(String hospital, int memberPort, String launcherOutput) {
        DataGridProbe grid = new DataGridProbe(memberPort);
        for (String guess : List.of("medmesh-" + hospital, "development")) {
            assertThat(grid.admits(guess)).as(hospital + " grid admits the name " + guess).isFalse();
        }
        String name = DataGridProbe.keptName(WORK, hospital);
        assertThat(grid.admits(name)).as(hospital + " grid admits its kept name").isTrue();
        assertThat(launcherOutput).doesNotContain(name);
        assertThat(AdminPlane.read(WORK.resolve("logs").resolve(hospital + "-launcher.log"))).doesNotContain(name);
        assertThat(DataGridProbe.ownerOnly(WORK.resolve("domains"))).as("domains directory mode 700").isTrue();
        assertThat(DataGridProbe.ownerOnly(WORK.resolve("secrets").resolve(hospital))).as("secrets mode 700")
                .isTrue();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
