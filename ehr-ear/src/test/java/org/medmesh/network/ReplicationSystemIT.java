package org.medmesh.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmesh.testsupport.TestNetwork.HOSPITALS;
import static org.medmesh.testsupport.TestNetwork.digest;
import static org.medmesh.testsupport.TestNetwork.ward;
import static org.medmesh.testsupport.Ward.code;
import static org.medmesh.testsupport.Ward.patient;
import static org.medmesh.testsupport.Ward.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medmesh.client.Reply;
import org.medmesh.testsupport.Launcher;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.TestNetwork;
import org.medmesh.testsupport.Ward;

/**
 * Replication on the real three-hospital network (Payara, MariaDB and Artemis per hospital, bridges between them):
 * whole charts reach every hospital, concurrent edits resolve to the same winner everywhere with the loser parked (and
 * the review at one hospital closes the conflict at all of them), and crashes of servers mid-stream lose, duplicate and
 * echo nothing — checked with exact counts and digests. A change received from a peer notifies this hospital's staff as
 * the rules say, and an unread notification survives a crash.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationSystemIT {

    private static final String API = "api/v1/";
    private static final Duration CONVERGENCE = Duration.ofMinutes(3);
    private static final List<String> CHART_LISTS = List.of("encounters", "observations", "conditions", "allergies",
            "notes", "treatments", "prescriptions");

    /** Starts the network and heals whatever an earlier, interrupted run on the same work directory left unequal. */
    @BeforeAll
    static void startTheNetwork() {
        TestNetwork.up();
        for (String hospital : HOSPITALS) {
            for (String peer : HOSPITALS) {
                if (!peer.equals(hospital)) {
                    assertThat(ward(hospital).post("admin", API + "sync/peers/" + peer + "/repair", null).status())
                            .isEqualTo(202);
                }
            }
        }
        Poll.until(CONVERGENCE, "equal digests at the start", ReplicationSystemIT::digestsEqual);
    }

    @AfterAll
    static void stopTheNetwork() {
        TestNetwork.EHR.run(300, "down");
    }

    @Test
    @Order(1)
    void shouldReplicateAWholeChartToEveryHospitalAndEditsFromAnyHospitalToAllOthers() {
        Ward a = ward("hospA");
        String patientId = created(a.post("nurse", API + "patients", patient("Zoë", unique("Müller")).build()));
        String visit = created(a.post("nurse", API + "encounters", Json.createObjectBuilder()
                .add("patientId", patientId).add("type", "INPATIENT").add("ward", "Cardiology").build()));
        created(a.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", patientId)
                .add("encounterId", visit).add("code", code("http://loinc.org", "8867-4", "Heart rate"))
                .add("value", Json.createValue(new BigDecimal("88"))).add("unit", "/min").build()));
        created(a.post("doctor", API + "conditions", Json.createObjectBuilder().add("patientId", patientId)
                .add("code", code("http://snomed.info/sct", "38341003", "Hypertensive disorder"))
                .add("onsetDate", "2019-05-01").build()));
        Reply allergy = a.post("nurse", API + "allergies", Json.createObjectBuilder().add("patientId", patientId)
                .add("substance", code(null, null, "Penicillin")).add("reaction", "anaphylaxis")
                .add("severity", "SEVERE").build());
        created(allergy);
        created(a.post("nurse", API + "notes", Json.createObjectBuilder().add("patientId", patientId)
                .add("encounterId", visit).add("type", "NURSING").add("text", "Slept well.").build()));
        created(a.post("doctor", API + "treatments", Json.createObjectBuilder().add("patientId", patientId)
                .add("encounterId", visit).add("code", code(null, null, "Wound dressing change")).build()));
        Reply prescribed = a.post("doctor", API + "prescriptions", Json.createObjectBuilder()
                .add("patientId", patientId)
                .add("drug", code("http://www.nlm.nih.gov/research/umls/rxnorm", "197361", "Amlodipine 5 MG"))
                .add("dose", 5).add("doseUnit", "mg").add("route", "ORAL").add("frequency", "once daily")
                .add("durationDays", 30).build());
        String prescription = created(prescribed);
        assertThat(a.post("pharmacist", API + "prescriptions/" + prescription + "/dispense", Json
                .createObjectBuilder().add("quantity", "30 tablets").build(), "If-Match", prescribed.etag())
                .status()).isEqualTo(201);

        Map<String, JsonValue> atA = chart(a, patientId);
        for (String hospital : List.of("hospB", "hospC")) {
            Poll.until(CONVERGENCE, "the chart registered at hospA equal at " + hospital,
                    () -> chart(ward(hospital), patientId).equals(atA));
        }
        JsonObject fromA = ward("hospB").get("admin", API + "sync/status").json().getJsonArray("peers")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("peer").equals("hospA")).findFirst()
                .orElseThrow();
        assertThat(fromA.getJsonNumber("appliedLast5Minutes").longValue()).as("the 10 changes of the chart")
                .isGreaterThanOrEqualTo(10);
        assertThat(fromA.getJsonNumber("lagP99Millis").longValue())
                .isGreaterThanOrEqualTo(fromA.getJsonNumber("lagP50Millis").longValue());
        Poll.until(CONVERGENCE, "hospB's Prometheus lag gauge for hospA", () -> !Double.isNaN(lagGauge("hospB",
                "hospA")));
        assertThat(lagGauge("hospB", "hospA")).as("seconds from commit at hospA to apply at hospB").isBetween(0.0,
                60.0);

        Ward b = ward("hospB");
        String allergyAtB = API + "allergies/" + allergy.json().getString("id");
        Reply before = b.get("nurse", API + "allergies?patient=" + patientId);
        String version = "\"" + before.json().getJsonArray("items").getJsonObject(0).getJsonObject("record")
                .getInt("version") + "\"";
        assertThat(b.put("nurse", allergyAtB + "/status", Json.createObjectBuilder().add("status", "INACTIVE")
                .build(), "If-Match", version).status()).isEqualTo(200);
        for (String hospital : List.of("hospA", "hospC")) {
            Poll.until(CONVERGENCE, "the allergy inactivated at hospB inactive at " + hospital,
                    () -> "INACTIVE".equals(allergyStatus(ward(hospital), patientId)));
        }
        Poll.until(CONVERGENCE, "equal digests", ReplicationSystemIT::digestsEqual);
    }

    @Test
    @Order(2)
    void shouldResolveConcurrentEditsToTheSameWinnerEverywhereAndParkTheLoser() {
        Ward a = ward("hospA");
        Ward b = ward("hospB");
        String family = unique("Concurrent");
        String patientId = created(a.post("nurse", API + "patients", patient("Ana", family).build()));
        Poll.until(CONVERGENCE, "the patient at hospB and hospC", () -> List.of("hospB", "hospC").stream()
                .allMatch(h -> ward(h).get("nurse", API + "patients/" + patientId).status() == 200));

        isolate(true);
        Reply editedAtA;
        Reply editedAtB;
        try {
            editedAtA = a.put("nurse", API + "patients/" + patientId, patient("Ana", family)
                    .add("phone", "+41 1 111 11 11").build(), "If-Match",
                    a.get("nurse", API + "patients/"
                            + patientId).etag());
            editedAtB = b.put("nurse", API + "patients/" + patientId, patient("Anna-Maria", family)
                    .add("phone", "+41 2 222 22 22").build(), "If-Match",
                    b.get("nurse", API + "patients/"
                            + patientId).etag());
        } finally {
            isolate(false);
        }
        assertThat(List.of(editedAtA.status(), editedAtB.status())).containsExactly(200, 200);

        Poll.until(CONVERGENCE, "one version of the patient everywhere", () -> HOSPITALS.stream()
                .map(h -> demographics(ward(h), patientId)).distinct().count() == 1);
        for (String hospital : HOSPITALS) {
            assertThat(demographics(ward(hospital), patientId)).as(hospital)
                    .isEqualTo("Anna-Maria|+41 2 222 22 22");
        }
        List<String> conflictIds = new ArrayList<>();
        for (String hospital : HOSPITALS) {
            List<JsonObject> parked = openConflictsOf(ward(hospital), patientId);
            assertThat(parked).as("conflicts parked at " + hospital).hasSize(1);
            JsonObject conflict = parked.get(0);
            assertThat(conflict.getJsonObject("winner").getString("hospital")).isEqualTo("hospB");
            assertThat(conflict.getJsonObject("winner").getJsonObject("state").getString("givenName"))
                    .isEqualTo("Anna-Maria");
            assertThat(conflict.getJsonObject("loser").getString("hospital")).isEqualTo("hospA");
            assertThat(conflict.getJsonObject("loser").getJsonObject("state").getString("phone"))
                    .isEqualTo("+41 1 111 11 11");
            conflictIds.add(conflict.getString("id"));
        }
        assertThat(conflictIds).as("the same conflict id everywhere").containsOnly(conflictIds.get(0));

        String resolve = API + "sync/conflicts/" + conflictIds.get(0) + "/resolve";
        JsonObject reapply = Json.createObjectBuilder().add("resolution", "REAPPLY_LOSER")
                .add("note", "phone confirmed with the patient").build();
        assertThat(a.post("nurse", resolve, reapply).status()).isEqualTo(403);
        Reply resolved = a.post("doctor", resolve, reapply);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(a.post("doctor", resolve, reapply).status()).isEqualTo(409);
        Poll.until(CONVERGENCE, "the re-applied loser everywhere", () -> HOSPITALS.stream()
                .allMatch(h -> demographics(ward(h), patientId).equals("Ana|+41 1 111 11 11")));
        Poll.until(CONVERGENCE, "the conflict closed at every hospital", () -> HOSPITALS.stream()
                .allMatch(h -> openConflictsOf(ward(h), patientId).isEmpty()));
        for (String hospital : HOSPITALS) {
            JsonObject closed = ward(hospital).get("doctor", API + "sync/conflicts/" + conflictIds.get(0)).json();
            assertThat(closed.getString("status")).as(hospital).isEqualTo("RESOLVED");
            assertThat(closed.getString("resolution")).as(hospital).isEqualTo("REAPPLY_LOSER");
            assertThat(closed.getString("resolvedBy")).as(hospital).isEqualTo(a.username("doctor"));
        }
        Poll.until(CONVERGENCE, "equal digests", ReplicationSystemIT::digestsEqual);
    }

    @Test
    @Order(3)
    void shouldLoseDuplicateAndEchoNothingWhenServersAreKilledMidStream() {
        List<Writer> writers = HOSPITALS.stream().map(Writer::new).toList();
        writers.forEach(Writer::start);
        Writer a = writers.get(0);
        Writer b = writers.get(1);
        Writer c = writers.get(2);

        a.grant(20);
        c.grant(20);
        b.grant(40);
        b.awaitAcknowledged(8);
        TestNetwork.kill("hospB");
        a.awaitMore(10);
        TestNetwork.up();
        b.awaitAcknowledged(40);
        c.grant(40);
        c.awaitAcknowledged(c.acknowledged + 8);
        TestNetwork.kill("hospC");
        a.awaitMore(10);
        TestNetwork.up();
        c.awaitAcknowledged(60);
        writers.forEach(Writer::finish);

        Poll.until(CONVERGENCE, "every hospital drained and equal", ReplicationSystemIT::drainedAndEqual);
        Map<String, JsonObject> digests = new TreeMap<>();
        HOSPITALS.forEach(h -> digests.put(h, digest(h)));
        for (String hospital : HOSPITALS) {
            JsonObject digest = digests.get(hospital);
            assertThat(digest.getJsonNumber("echoedChanges").longValue()).as("echoed at " + hospital).isZero();
            for (String origin : HOSPITALS) {
                if (!origin.equals(hospital)) {
                    long sent = digests.get(origin).getJsonNumber("localChanges").longValue();
                    long received = digest.getJsonObject("receivedByOrigin").getJsonNumber(origin).longValue();
                    assertThat(received).as(hospital + " received from " + origin + " exactly what it sent")
                            .isEqualTo(sent);
                }
            }
        }
        for (Writer writer : writers) {
            for (String patientId : writer.patients()) {
                for (String hospital : HOSPITALS) {
                    assertThat(ward(hospital).get("nurse", API + "patients/" + patientId).status())
                            .as(writer.hospital + " patient at " + hospital).isEqualTo(200);
                }
            }
        }
    }

    @Test
    @Order(4)
    void shouldHealRecordsAHospitalLostByRepairFromAPeer() throws SQLException {
        Ward a = ward("hospA");
        Ward b = ward("hospB");
        String patientId = created(a.post("nurse", API + "patients", patient("Ida", unique("Restored")).build()));
        created(a.post("nurse", API + "observations", Json.createObjectBuilder().add("patientId", patientId)
                .add("code", code("http://loinc.org", "8867-4", "Heart rate"))
                .add("value", Json.createValue(new BigDecimal("64"))).add("unit", "/min").build()));
        Poll.until(CONVERGENCE, "the patient and the vital sign at hospB", () -> observationsAt(b, patientId) == 1);

        loseAtHospB(patientId);
        assertThat(b.get("nurse", API + "patients/" + patientId).status()).as("lost at hospB").isEqualTo(404);
        assertThat(digestsEqual()).isFalse();

        Reply repair = b.post("admin", API + "sync/peers/hospA/repair", null);
        assertThat(repair.status()).as(repair.body()).isEqualTo(202);
        assertThat(repair.json().getInt("buckets")).isPositive();
        Poll.until(CONVERGENCE, "the lost records back at hospB", () -> observationsAt(b, patientId) == 1);
        Poll.until(CONVERGENCE, "equal digests", ReplicationSystemIT::digestsEqual);
        assertThat(b.get("nurse", API + "patients?name=ida").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("id")).contains(patientId);
    }

    /** The patient's observations the ward sees, or -1 while the patient is not known there (404). */
    private static int observationsAt(Ward ward, String patientId) {
        Reply observations = ward.get("nurse", API + "observations?patient=" + patientId);
        return observations.status() == 200 ? observations.json().getJsonArray("items").size() : -1;
    }

    @Test
    @Order(6)
    void shouldKeepReplicatingToTheHealthyPeerWhileAnotherIsDown() {
        Launcher.Run down = TestNetwork.only("hospC").run(300, "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        Ward a = ward("hospA");
        Ward b = ward("hospB");
        String family = unique("WhileCIsDown");
        Map<String, Long> acknowledged = new TreeMap<>();
        Map<String, Long> seenAtB = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            acknowledged.put(created(a.post("nurse", API + "patients", patient("Pia", family).build())),
                    System.nanoTime());
            seenAtB.putAll(newlySeen(b, family, seenAtB.keySet()));
        }
        Poll.until(CONVERGENCE, "every patient at hospB", () -> {
            seenAtB.putAll(newlySeen(b, family, seenAtB.keySet()));
            return seenAtB.keySet().containsAll(acknowledged.keySet());
        });
        List<Long> lagsMillis = acknowledged.entrySet().stream()
                .map(e -> Math.max(0, seenAtB.get(e.getKey()) - e.getValue()) / 1_000_000).sorted().toList();
        assertThat(lagsMillis.get(lagsMillis.size() - 1)).as("the slowest write's way to hospB, C down (ms)")
                .isLessThan(5_000);
        JsonObject toC = a.get("admin", API + "sync/status").json().getJsonArray("peers").getValuesAs(
                JsonObject.class).stream().filter(p -> p.getString("peer").equals("hospC")).findFirst().orElseThrow();
        assertThat(toC.getJsonNumber("queueDepth").longValue()).as("held for hospC").isGreaterThanOrEqualTo(60);

        TestNetwork.up();
        Poll.until(CONVERGENCE, "hospC catching up", () -> ward("hospC").get("nurse", API + "patients?name="
                + family + "&size=100").json().getJsonArray("items").size() == 60);
    }

    /**
     * Notifications across the network: a prescription written at hospB for a patient under hospA's care reaches the
     * doctor attending the patient at hospA (and hospB's own pharmacy), and hospA's unread entry survives a crash.
     */
    @Test
    @Order(7)
    void shouldTellTheCareTeamOfAPrescriptionWrittenElsewhereAndKeepItUnreadThroughACrash() {
        Ward a = ward("hospA");
        Ward b = ward("hospB");
        String patientId = created(a.post("nurse", API + "patients", patient("Rita", unique("Told")).build()));
        created(a.post("doctor", API + "encounters", Json.createObjectBuilder().add("patientId", patientId)
                .add("type", "INPATIENT").add("ward", "Cardiology").build()));
        Poll.until(CONVERGENCE, "the patient at hospB", () -> b.get("doctor", API + "patients/" + patientId)
                .status() == 200);

        created(b.post("doctor", API + "prescriptions", Json.createObjectBuilder().add("patientId", patientId)
                .add("drug", code("http://www.nlm.nih.gov/research/umls/rxnorm", "308182",
                        "Amoxicillin 500 MG Oral Capsule"))
                .add("dose", 500).add("doseUnit", "mg").add("route", "ORAL").add("frequency", "every 8 hours")
                .add("durationDays", 7).build()));

        Poll.until(CONVERGENCE, "hospA's attending doctor told", () -> inboxAbout(a, "doctor", patientId).size() == 1);
        JsonObject told = inboxAbout(a, "doctor", patientId).get(0);
        assertThat(told.getString("rule")).isEqualTo("prescription-elsewhere-to-care-team");
        assertThat(told.getString("hospital")).isEqualTo("hospB");
        assertThat(told.getString("summary")).startsWith("Amoxicillin 500 MG Oral Capsule");
        Poll.until(CONVERGENCE, "hospB's pharmacy told", () -> inboxAbout(b, "pharmacist", patientId).size() == 1);
        assertThat(inboxAbout(a, "pharmacist", patientId)).as("hospA's pharmacy does not dispense it").isEmpty();

        TestNetwork.kill("hospA");
        TestNetwork.up();
        List<JsonObject> afterCrash = inboxAbout(a, "doctor", patientId);
        assertThat(afterCrash).hasSize(1);
        assertThat(afterCrash.get(0).getJsonNumber("seq")).isEqualTo(told.getJsonNumber("seq"));
        assertThat(afterCrash.get(0).containsKey("readAt")).as("still unread").isFalse();
        assertThat(a.get("doctor", API + "notifications/inbox/unread").json().getJsonNumber("unread").longValue())
                .isPositive();
    }

    @Test
    @Order(8)
    void shouldRestoreAHospitalFromItsBackupAndCatchUpFromItsPeersRefusingADamagedBackupWithoutStoppingIt()
            throws java.io.IOException {
        Ward c = ward("hospC");
        Launcher.Run backup = TestNetwork.EHR.run(600, "backup", "hospC");
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        List<String> lines = backup.output().lines().toList();
        java.nio.file.Path file = java.nio.file.Path.of(lines.get(lines.size() - 1));
        assertThat(file).exists().hasParentRaw(TestNetwork.WORK.resolve("backups/hospC"));

        String lostAtC = created(c.post("nurse", API + "patients", patient("Cleo", unique("AfterBackup")).build()));
        String lostMrn = c.get("nurse", API + "patients/" + lostAtC).json().getString("mrn");
        String fromA = created(ward("hospA").post("nurse", API + "patients", patient("Ada", unique("Meanwhile"))
                .build()));
        Poll.until(CONVERGENCE, "equal digests before the restore", ReplicationSystemIT::drainedAndEqual);

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        java.nio.file.Path damaged = Files.write(TestNetwork.WORK.resolve("damaged-backup.mmbk"), bytes);
        Launcher.Run refused = TestNetwork.EHR.run(300, "restore", "hospC", damaged.toString());
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("damaged or cut off", "nothing was changed");
        assertThat(TestNetwork.ready("hospC")).as("hospC still running").isTrue();
        assertThat(c.get("nurse", API + "patients/" + lostAtC).status()).isEqualTo(200);

        Launcher.Run restore = TestNetwork.EHR.run(1200, "restore", "hospC", file.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("the backup is sound", "loaded 100%", "catching up from hospA",
                "catching up from hospB", "hospC restored from");
        Poll.until(CONVERGENCE, "equal digests after the restore", ReplicationSystemIT::drainedAndEqual);
        assertThat(c.get("nurse", API + "patients/" + lostAtC).json().getString("mrn"))
                .as("a registration after the backup, back from the peers").isEqualTo(lostMrn);
        assertThat(c.get("nurse", API + "patients/" + fromA).status()).isEqualTo(200);
        Reply next = c.post("nurse", API + "patients", patient("Cleo", unique("AfterRestore")).build());
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().getString("mrn")).isGreaterThan(lostMrn);
    }

    private static List<JsonObject> inboxAbout(Ward ward, String role, String patientId) {
        return ward.get(role, API + "notifications/inbox?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> patientId.equals(e.getString("patientId", null)))
                .toList();
    }

    /** The patients of that family visible at a hospital and not yet seen, with the moment they were seen. */
    private static Map<String, Long> newlySeen(Ward ward, String family, java.util.Set<String> seen) {
        long now = System.nanoTime();
        Map<String, Long> fresh = new TreeMap<>();
        for (JsonObject found : ward.get("nurse", API + "patients?name=" + family + "&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (!seen.contains(found.getString("id"))) {
                fresh.put(found.getString("id"), now);
            }
        }
        return fresh;
    }

    @Test
    @Order(5)
    void shouldRebuildAHospitalWhoseDatabaseWasLostFromAPeer() throws java.io.IOException {
        Ward c = ward("hospC");
        String ownPatient = created(c.post("nurse", API + "patients", patient("Cleo", unique("Home")).build()));
        String ownMrn = c.get("nurse", API + "patients/" + ownPatient).json().getString("mrn");
        Poll.until(CONVERGENCE, "equal digests before the loss", ReplicationSystemIT::digestsEqual);
        JsonObject before = digest("hospA").getJsonObject("tables");

        Launcher.Run down = TestNetwork.only("hospC").run(300, "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        deleteRecursively(TestNetwork.WORK.resolve("db/hospC"));

        Launcher.Run rebuild = TestNetwork.EHR.run(900, "rebuild", "hospC", "--from", "hospA");
        assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
        assertThat(rebuild.output()).contains("[hospC] rebuilt from hospA", "digests equal");
        assertThat(digest("hospC").getJsonObject("tables")).isEqualTo(before);
        assertThat(c.get("nurse", API + "patients/" + ownPatient).json().getString("mrn")).isEqualTo(ownMrn);

        Reply next = c.post("nurse", API + "patients", patient("Cleo", unique("After")).build());
        assertThat(next.status()).as("a registration after the rebuild: " + next.body()).isEqualTo(201);
        assertThat(next.json().getString("mrn")).isGreaterThan(ownMrn);
        Poll.until(CONVERGENCE, "equal digests after the rebuild", ReplicationSystemIT::digestsEqual);
    }

    /** {@code medmesh_sync_peer_lag_seconds{peer}} as Prometheus scrapes it from the hospital. */
    private static double lagGauge(String hospital, String peer) {
        String line = TestNetwork.scrape(hospital, "scope=application").lines()
                .filter(sample -> sample.startsWith("medmesh_sync_peer_lag_seconds{")
                        && sample.contains("peer=\"" + peer + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no lag gauge for " + peer + " at " + hospital));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static void deleteRecursively(java.nio.file.Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** As if hospB's database had been restored from a backup taken before the patient arrived. */
    private static void loseAtHospB(String patientId) throws SQLException {
        try (Connection db = TestNetwork.database("hospB", false)) {
            for (String sql : List.of("delete from observation where patient_id = unhex(replace(?, '-', ''))",
                    "delete from patient_name_token where patient_id = unhex(replace(?, '-', ''))",
                    "delete from patient where id = unhex(replace(?, '-', ''))",
                    "delete from sync_inbox where patient_id = unhex(replace(?, '-', ''))")) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, patientId);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** Every record of the patient, as each list shows it, without the local optimistic-lock versions. */
    private static Map<String, JsonValue> chart(Ward ward, String patientId) {
        Map<String, JsonValue> chart = new TreeMap<>();
        Reply patient = ward.get("doctor", API + "patients/" + patientId);
        chart.put("patient", patient.status() == 200 ? withoutVersion(patient.json()) : JsonValue.NULL);
        for (String list : CHART_LISTS) {
            Reply page = ward.get("doctor", API + list + "?patient=" + patientId + "&includeVoided=true");
            chart.put(list, page.status() == 200
                    ? Json.createArrayBuilder(page.json().getJsonArray("items").getValuesAs(JsonObject.class)
                            .stream().map(ReplicationSystemIT::withoutVersion).toList()).build()
                    : JsonValue.NULL);
        }
        return chart;
    }

    private static JsonObject withoutVersion(JsonObject record) {
        return Json.createObjectBuilder(record).add("record", Json.createObjectBuilder(record.getJsonObject(
                "record")).remove("version")).build();
    }

    private static String allergyStatus(Ward ward, String patientId) {
        JsonArray items = ward.get("nurse", API + "allergies?patient=" + patientId).json().getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0).getString("status");
    }

    private static String demographics(Ward ward, String patientId) {
        JsonObject patient = ward.get("nurse", API + "patients/" + patientId).json();
        return patient.getString("givenName") + "|" + patient.getString("phone", "");
    }

    private static List<JsonObject> openConflictsOf(Ward ward, String patientId) {
        return ward.get("doctor", API + "sync/conflicts?open=true&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> patientId.equals(c.getString("recordId")))
                .toList();
    }

    /** Pauses (or resumes) every link between hospA and hospB and from both to hospC: their edits are concurrent. */
    private static void isolate(boolean pause) {
        String action = pause ? "/pause" : "/resume";
        for (String[] link : new String[][]{{"hospA", "hospB"}, {"hospA", "hospC"}, {"hospB", "hospA"},
                {"hospB", "hospC"}}) {
            Reply reply = ward(link[0]).post("admin", API + "sync/peers/" + link[1] + action, null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().getBoolean("paused")).isEqualTo(pause);
        }
    }

    private static boolean digestsEqual() {
        return HOSPITALS.stream().map(h -> digest(h).getJsonObject("tables")).distinct().count() == 1;
    }

    private static boolean drainedAndEqual() {
        if (!HOSPITALS.stream().allMatch(TestNetwork::ready)) {
            return false;
        }
        for (String hospital : HOSPITALS) {
            JsonObject status = ward(hospital).get("admin", API + "sync/status").json();
            if (status.getJsonNumber("relayBacklog").longValue() != 0
                    || status.getJsonNumber("pending").longValue() != 0 || status.getJsonArray("peers")
                            .getValuesAs(JsonObject.class).stream()
                            .anyMatch(p -> p.getJsonNumber("queueDepth").longValue() != 0)) {
                return false;
            }
        }
        return digestsEqual();
    }

    /**
     * Registers patients with a vital sign each at one hospital, as many writes as it is granted, riding out the
     * hospital's crash; remembers which patients were acknowledged.
     */
    private static final class Writer extends Thread {

        private static final Duration IDLE = Duration.ofMinutes(15);

        private final String hospital;
        private final List<String> patients = new ArrayList<>();
        private final AtomicInteger credits = new AtomicInteger();
        private volatile int acknowledged;
        private volatile boolean finishing;
        private volatile Error failure;

        Writer(String hospital) {
            super("writer-" + hospital);
            this.hospital = hospital;
            ward(hospital).token("nurse");
        }

        @Override
        public void run() {
            try {
                while (!finishing) {
                    if (credits.get() > 0) {
                        write();
                    } else {
                        Poll.until(IDLE, hospital + " writer given work", () -> credits.get() > 0 || finishing);
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                failure = new AssertionError(getName() + " failed: " + e.getMessage(), e);
            }
        }

        void grant(int writes) {
            credits.addAndGet(writes);
        }

        /** Grants more writes and waits until they are acknowledged. */
        void awaitMore(int writes) {
            int target = acknowledged + writes;
            grant(writes);
            awaitAcknowledged(target);
        }

        void awaitAcknowledged(int total) {
            Poll.until(CONVERGENCE, total + " writes acknowledged by " + hospital, () -> {
                if (failure != null) {
                    throw failure;
                }
                return acknowledged >= total;
            });
        }

        private void acknowledge() {
            acknowledged++;
            credits.decrementAndGet();
        }

        private void write() {
            Ward ward = ward(hospital);
            try {
                Reply patient = ward.post("nurse", API + "patients", patient("Crash", unique(hospital)).build());
                if (patient.status() != 201) {
                    refuseClientErrors(patient);
                    awaitReady();
                    return;
                }
                String id = patient.json().getString("id");
                synchronized (patients) {
                    patients.add(id);
                }
                acknowledge();
                Reply vital = ward.post("nurse", API + "observations", Json.createObjectBuilder()
                        .add("patientId", id).add("code", code("http://loinc.org", "8867-4", "Heart rate"))
                        .add("value", Json.createValue(new BigDecimal("72"))).add("unit", "/min").build());
                if (vital.status() == 201) {
                    acknowledge();
                } else {
                    refuseClientErrors(vital);
                    awaitReady();
                }
            } catch (java.io.UncheckedIOException down) {
                awaitReady();
            }
        }

        /** A refusal is a bug, not an outage: the writer stops and the test fails with the answer. */
        private static void refuseClientErrors(Reply reply) {
            if (reply.status() >= 400 && reply.status() < 500) {
                throw new AssertionError("write refused: " + reply.status() + " " + reply.body());
            }
        }

        private void awaitReady() {
            Poll.until(CONVERGENCE, hospital + " back", () -> TestNetwork.ready(hospital));
        }

        List<String> patients() {
            synchronized (patients) {
                return List.copyOf(patients);
            }
        }

        void finish() {
            finishing = true;
            try {
                join(CONVERGENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(isAlive()).as(getName() + " finished").isFalse();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
