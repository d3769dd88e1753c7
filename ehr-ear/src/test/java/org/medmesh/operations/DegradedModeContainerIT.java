package org.medmesh.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmesh.testsupport.Ward.patient;
import static org.medmesh.testsupport.Ward.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * Degraded mode on the real node: cut off from its only peer (hospX, whose bridge never connects here) it says so and
 * works on; with its MariaDB stopped it is unready, refuses writes with a problem naming the cause and changes nothing,
 * still serves what needs no database, and is ready and writing again when the database is back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DegradedModeContainerIT {

    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = ContainerNode.ward();
    private static final String API = "api/v1/";
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Path SCRIPTS = Path.of(System.getProperty("medmesh.root"), "server-config/bin");
    private static final String CUT_OFF = "cut off from the other hospitals";

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    @Order(1)
    void cutOffFromEveryPeerTheNodeSaysSoEverywhereAndWorksOn() {
        Poll.until(DEADLINE, "the condition header naming the peers", () -> condition()
                .equals("degraded; causes=\"peers-unreachable\""));

        JsonObject bridges = readinessCheck(NODE.get("health/ready"), "bridges");
        assertThat(bridges.getString("status")).as("a node without peers is still ready").isEqualTo("UP");
        assertThat(bridges.getJsonObject("data").getString("state")).isEqualTo("degraded");
        assertThat(NODE.get("health/ready").status()).isEqualTo(200);
        assertThat(WARD.post("nurse", API + "patients", patient("Iso", unique("Cut")).build()).status())
                .as("a write kept here for the peers").isEqualTo(201);
        assertThat(NODE.get("signin.xhtml").body()).contains("condition-banner", CUT_OFF);
    }

    @Test
    @Order(2)
    void withItsDatabaseStoppedTheNodeIsUnreadyRefusesWritesAndChangesNothingUntilTheDatabaseIsBack()
            throws Exception {
        String family = unique("Dark");
        String nurse = WARD.token("nurse");
        Reply kept = WARD.post("nurse", API + "patients", patient("Kept", unique("Lit")).build());
        assertThat(kept.status()).isEqualTo(201);
        String keptPatient = API + "patients/" + kept.json().getString("id");
        database("stop");
        try {
            Poll.until(DEADLINE, "readiness down with the database", () -> NODE.get("health/ready").status() == 503);
            JsonObject database = readinessCheck(NODE.get("health/ready"), "database");
            assertThat(database.getString("status")).isEqualTo("DOWN");
            assertThat(database.getJsonObject("data").getString("state")).isEqualTo("down");
            Poll.until(DEADLINE, "the condition header naming the database", () -> condition()
                    .contains("database-unreachable"));
            assertThat(NODE.get("health/live").status()).as("a restart would not help").isEqualTo(200);

            Reply refused = NODE.send("POST", API + "patients", nurse, patient("Lost", family).build().toString());
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonObject problem = refused.json();
            assertThat(problem.getString("type")).endsWith("/database-unreachable");
            assertThat(problem.getString("cause")).isEqualTo("database-unreachable");
            assertThat(problem.getString("detail")).startsWith("Nothing was changed.");
            Reply read = NODE.send("GET", keptPatient, nurse, null);
            assertThat(read.status()).isEqualTo(503);
            assertThat(read.json().getString("type")).endsWith("/database-unreachable");
            assertThat(NODE.headers("POST", API + "patients", "Authorization", "Bearer " + nurse)
                    .first("Retry-After")).contains("10");

            assertThat(NODE.get(API + "hospital").status()).as("what needs no database").isEqualTo(200);
            assertThat(NODE.get("openapi").status()).isEqualTo(200);
            Reply page = NODE.get("signin.xhtml");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("condition-banner", "database cannot be reached")
                    .doesNotContain("Exception");
        } finally {
            database("start");
        }
        Poll.until(DEADLINE, "ready again with the database", () -> NODE.get("health/ready").status() == 200);
        Poll.until(DEADLINE, "the condition header without the database", () -> !condition()
                .contains("database-unreachable"));
        JsonObject none = WARD.get("doctor", API + "patients?name=" + family).json();
        assertThat(none.getJsonArray("items")).as("the refused write changed nothing").isEmpty();
        assertThat(WARD.get("nurse", keptPatient).status()).isEqualTo(200);
        assertThat(WARD.post("nurse", API + "patients", patient("Back", family).build()).status())
                .as("a write at once, on the pool's connections after the restart").isEqualTo(201);
    }

    private static String condition() {
        return NODE.headers("GET", API + "hospital").first("MedMesh-Condition").orElse("");
    }

    private static JsonObject readinessCheck(Reply ready, String name) {
        return Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(check -> check.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no readiness check " + name + ": " + ready.body()));
    }

    /** Stops or starts the node's private MariaDB as its operator would ({@code mariadb-private.sh}). */
    private static void database(String command) throws IOException, InterruptedException {
        Path datadir = ContainerNode.IT_DIR.resolve("db");
        ProcessBuilder script = command.equals("start")
                ? new ProcessBuilder("bash", SCRIPTS.resolve("mariadb-private.sh").toString(), "start",
                        datadir.toString(), System.getProperty("medmesh.it.db.port"))
                : new ProcessBuilder("bash", SCRIPTS.resolve("mariadb-private.sh").toString(), "stop",
                        datadir.toString());
        Process process = script.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("mariadb-private.sh " + command + ": " + output).isZero();
    }
}
