package org.medmesh.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmesh.testsupport.TestNetwork.HOSPITALS;
import static org.medmesh.testsupport.TestNetwork.digest;
import static org.medmesh.testsupport.TestNetwork.ward;
import static org.medmesh.testsupport.Ward.code;
import static org.medmesh.testsupport.Ward.patient;
import static org.medmesh.testsupport.Ward.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;
import org.medmesh.testsupport.AuditTables;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.TestNetwork;
import org.medmesh.testsupport.Ward;

/**
 * Consent and break-the-glass on the real three-hospital network: a patient registered at A stops sharing, and B and C
 * refuse the patient's data (consent-required) while A still serves it; B's doctor breaks the glass with a reason and
 * reads the chart, B's audit trail flags those requests, and the administrators of B (where) and A (the patient's home)
 * are notified. Then the channel between hospitals attacked with a peer's own credentials, certificate and signing key
 * (hospB's, as someone who stole them would): a patient claiming to come from A, a consent change and a break-the-glass
 * grant claiming to come from C itself are each refused at C's inbox, applied nowhere, notified to C's administrators,
 * and a forged state pushed into A's anti-entropy is refused there too. And A's audit chain, cut short by an insider
 * with A's schema owner account (and so consistent in itself), is shown broken by the checkpoints of it that B and C
 * hold. Runs after NetworkSystemIT (alphabetically), on its own started network.
 */
class PrivacySystemIT {

    private static final String API = "api/v1/";
    private static final Duration CONVERGENCE = Duration.ofMinutes(2);

    @BeforeAll
    static void startTheNetwork() {
        TestNetwork.up();
    }

    @AfterAll
    static void stopTheNetwork() {
        TestNetwork.EHR.run(300, "down");
    }

    @Test
    void aConsentChangeAtTheHomeHospitalReplicatesAndIsHonouredAtEveryPeer() {
        Ward a = ward("hospA");
        String family = unique("Consent");
        String patient = registeredWithAnAllergy(a, family);
        for (String peer : List.of("hospB", "hospC")) {
            Poll.until(CONVERGENCE, "the chart at " + peer, () -> allergies(ward(peer), patient) == 1);
        }

        Reply off = a.put("nurse", API + "patients/" + patient + "/consent", consent(false, "Patient's request"),
                "If-Match", "\"0\"");
        assertThat(off.status()).as(off.body()).isEqualTo(200);

        for (String peer : List.of("hospB", "hospC")) {
            Poll.until(CONVERGENCE, peer + " refusing the patient",
                    () -> ward(peer).get("doctor", API + "patients/" + patient).status() == 403);
            Reply refused = ward(peer).get("nurse", API + "patients/" + patient + "/chart");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("type")).endsWith("/consent-required");
            assertThat(refused.json().getString("breakGlass")).endsWith("/patients/" + patient + "/break-glass");
            assertThat(ward(peer).get("pharmacist", API + "allergies?patient=" + patient).status()).isEqualTo(403);
            assertThat(ward(peer).get("nurse", API + "patients?name=" + family).json().getJsonArray("items")
                    .getJsonObject(0).getBoolean("restricted")).isTrue();
            JsonObject consent = ward(peer).get("nurse", API + "patients/" + patient + "/consent").json();
            assertThat(consent.getBoolean("sharingWithHospitals")).isFalse();
            assertThat(consent.getString("sharingChangedBy")).isEqualTo(user("hospA", "nurse"));
            assertThat(consent.getString("sharingReason")).isEqualTo("Patient's request");
        }
        assertThat(a.get("pharmacist", API + "patients/" + patient + "/chart").status()).as("at home")
                .isEqualTo(200);
        assertThat(digest("hospA").getJsonObject("tables")).containsKey("consent");
        Poll.until(CONVERGENCE, "equal consent digests", () -> HOSPITALS.stream()
                .map(h -> digest(h).getJsonObject("tables").get("consent")).distinct().count() == 1);

        Reply on = a.put("doctor", API + "patients/" + patient + "/consent", consent(true, "Patient agreed again"),
                "If-Match", off.etag());
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        Poll.until(CONVERGENCE, "hospB serving the patient again",
                () -> ward("hospB").get("doctor", API + "patients/" + patient + "/chart").status() == 200);
    }

    @Test
    void aPeerClinicianBreaksTheGlassWithAReasonAuditedAndNotifiedHereAndAtHome() {
        Ward a = ward("hospA");
        Ward b = ward("hospB");
        String patient = withheldByA(b, "hospB", unique("Glass"));

        assertThat(b.post("doctor", API + "patients/" + patient + "/break-glass", reason(" ")).status())
                .isEqualTo(400);
        Reply granted = b.post("doctor", API + "patients/" + patient + "/break-glass",
                reason("Unconscious in our emergency room"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        String grant = granted.json().getString("id");

        Reply chart = b.get("doctor", API + "patients/" + patient + "/chart");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.json().getJsonArray("allergies")).hasSize(1);
        assertThat(b.get("nurse", API + "patients/" + patient + "/chart").status()).as("another user")
                .isEqualTo(403);

        List<String> audited = b.get("admin", API + "admin/audit?patient=" + patient + "&user="
                + user("hospB", "doctor") + "&limit=3").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + "|" + e.getInt("status") + "|" + e.getBoolean("breakGlass"))
                .toList();
        assertThat(audited).containsExactly("GET patients/{id}/chart|200|true",
                "POST patients/{id}/break-glass|201|true", "POST patients/{id}/break-glass|400|false");

        assertThat(notified(b, grant)).as("hospB's administrators").isTrue();
        Poll.until(CONVERGENCE, "hospA (home) notified", () -> notified(a, grant));
        JsonObject atHome = a.get("admin", API + "admin/notifications").parse().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subjectId").equals(grant))
                .findFirst().orElseThrow();
        assertThat(atHome.getString("hospital")).isEqualTo("hospB");
        assertThat(atHome.getString("actor")).isEqualTo(user("hospB", "doctor"));
        assertThat(atHome.getString("patientId")).isEqualTo(patient);
        assertThat(atHome.getString("reason")).isEqualTo("Unconscious in our emergency room");
        assertThat(digest("hospA").getJsonObject("tables")).containsKey("breakglass");
        Poll.until(CONVERGENCE, "equal grant digests", () -> HOSPITALS.stream()
                .map(h -> digest(h).getJsonObject("tables").get("breakglass")).distinct().count() == 1);
        assertThat(notified(ward("hospC"), grant)).as("hospC is neither home nor where it happened").isFalse();
    }

    @Test
    void changesForgedWithAPeersCredentialsAreRefusedWhereverTheyAreSentAndSpreadNowhere() {
        Ward a = ward("hospA");
        Ward c = ward("hospC");
        String foreign = withheldByA(c, "hospC", unique("Withheld"));
        String own = c.post("nurse", API + "patients", patient("Olga", unique("Own")).build()).json().getString("id");
        PeerChanges stolenB = new PeerChanges(TestNetwork.WORK.resolve("channel"), TestNetwork.portBase("hospC") + 616,
                "hospB", "hospC");
        long forgedAtC = forged(c);
        int noticesAtC = quarantineNotices(c).size();

        UUID invented = UUID.randomUUID();
        JsonObject fromA = stolenB.sealed(stolenB.change("patient.registered", invented, invented,
                inventedPatient(invented), "hospA"));
        JsonObject consentOff = stolenB.sealed(stolenB.change("consent.changed", UUID.fromString(own),
                UUID.fromString(own), consentState(own, user("hospC", "nurse")), "hospC"));
        UUID grant = UUID.randomUUID();
        JsonObject glass = stolenB.sealed(stolenB.change("breakglass.granted", grant, UUID.fromString(foreign),
                grantState(grant, foreign, user("hospC", "nurse")), "hospC"));
        for (JsonObject forged : List.of(fromA, consentOff, glass)) {
            stolenB.deliver(forged.toString(), forged.getString("id"), null);
        }

        Poll.until(CONVERGENCE, "three forgeries quarantined at hospC", () -> forged(c) == forgedAtC + 3);
        assertThat(c.get("doctor", API + "patients/" + invented).status()).isEqualTo(404);
        assertThat(c.get("doctor", API + "patients/" + own + "/chart").status()).as("own patient still served")
                .isEqualTo(200);
        assertThat(c.get("nurse", API + "patients/" + foreign + "/chart").status()).as("no grant").isEqualTo(403);
        assertThat(quarantineNotices(c)).as("hospC's administrators told of each").hasSize(noticesAtC + 3);

        long forgedAtA = forged(a);
        stolenB = new PeerChanges(TestNetwork.WORK.resolve("channel"), TestNetwork.portBase("hospA") + 616, "hospB",
                "hospA");
        String repair = Json.createObjectBuilder().add("from", "hospB").add("states", Json.createArrayBuilder()
                .add(ChangeDocument.write(ChangeMessage.read(fromA.toString()).toChange()))).build().toString();
        stolenB.deliver(repair, null, "repair");
        Poll.until(CONVERGENCE, "the forged state refused by hospA's anti-entropy", () -> forged(a) == forgedAtA + 1);
        assertThat(a.post("admin", API + "sync/peers/hospC/repair", null).status())
                .isEqualTo(202);
        Poll.until(CONVERGENCE, "equal patient digests after repairs", () -> HOSPITALS.stream()
                .map(h -> digest(h).getJsonObject("tables").get("patient")).distinct().count() == 1);
        for (String hospital : HOSPITALS) {
            assertThat(ward(hospital).get("doctor", API + "patients/" + invented).status()).as(hospital)
                    .isEqualTo(404);
        }

        try (ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://127.0.0.1:"
                + (TestNetwork.portBase("hospC") + 616) + "?reconnectAttempts=0&initialConnectAttempts=1")) {
            assertThatThrownBy(() -> plain.createContext().close()).as("plain TCP, no certificate")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void anAuditChainCutShortByAnInsiderIsShownBrokenByTheCheckpointsItsPeersHold() throws SQLException {
        Ward a = ward("hospA");
        a.get("nurse", API + "patients?name=" + unique("Anchor"));
        JsonObject[] anchored = new JsonObject[1];
        Poll.until(CONVERGENCE, "hospB holds a checkpoint of hospA's audit chain", () -> {
            anchored[0] = auditVerdict(a);
            return anchored[0].getBoolean("intact") && anchor(anchored[0], "hospB").getString("status")
                    .equals("MATCHES");
        });
        long held = anchor(anchored[0], "hospB").getJsonNumber("seq").longValue();
        long cut = held - 1;

        try (Connection owner = TestNetwork.database("hospA", true)) {
            ChainHead before = ChainHead.of(owner);
            AuditTables.execute(owner, "CREATE TABLE audit_event_kept AS SELECT * FROM audit_event WHERE seq > " + cut);
            AuditTables.execute(owner, "CREATE TABLE audit_exposure_kept AS SELECT * FROM audit_exposure WHERE seq > "
                    + cut);
            AuditTables.dropTriggers(owner);
            try {
                cutAfter(owner, cut);
                AuditTables.execute(owner, "UPDATE audit_chain_head h JOIN audit_event e ON e.seq = " + cut
                        + " SET h.last_seq = e.seq, h.last_hash = e.hash WHERE h.id = 1");

                JsonObject verdict = auditVerdict(a);
                assertThat(verdict.getBoolean("intact")).as(verdict.toString()).isFalse();
                assertThat(verdict.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(held);
                assertThat(verdict.getString("problem")).contains("missing");
                assertThat(anchor(verdict, "hospB").getString("status")).isEqualTo("CONTRADICTS");
            } finally {
                cutAfter(owner, cut);
                AuditTables.execute(owner, "INSERT INTO audit_event SELECT * FROM audit_event_kept");
                AuditTables.execute(owner, "INSERT INTO audit_exposure SELECT * FROM audit_exposure_kept");
                AuditTables.execute(owner, "UPDATE audit_chain_head SET last_seq = " + before.seq() + ", last_hash = '"
                        + before.hash() + "' WHERE id = 1");
                AuditTables.execute(owner, "DROP TABLE audit_event_kept");
                AuditTables.execute(owner, "DROP TABLE audit_exposure_kept");
                AuditTables.restoreTriggers(owner);
            }
        }
        JsonObject restored = auditVerdict(a);
        assertThat(restored.getBoolean("intact")).as(restored.toString()).isTrue();
    }

    private static void cutAfter(Connection owner, long seq) throws SQLException {
        AuditTables.execute(owner, "DELETE FROM audit_exposure WHERE seq > " + seq);
        AuditTables.execute(owner, "DELETE FROM audit_event WHERE seq > " + seq);
    }

    private static JsonObject auditVerdict(Ward ward) {
        Reply reply = ward.get("admin", API + "admin/audit/verify");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject anchor(JsonObject verdict, String peer) {
        return verdict.getJsonArray("anchors").getValuesAs(JsonObject.class).stream()
                .filter(finding -> finding.getString("witness").equals(peer)).findFirst().orElseThrow();
    }

    /** The audit chain's recorded head. */
    private record ChainHead(long seq, String hash) {

        static ChainHead of(Connection db) throws SQLException {
            try (Statement statement = db.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                assertThat(row.next()).isTrue();
                return new ChainHead(row.getLong(1), row.getString(2));
            }
        }
    }

    /** The administrators' notifications of messages delivered by hospB's account and quarantined. */
    private static List<JsonObject> quarantineNotices(Ward ward) {
        return ward.get("admin", API + "admin/notifications?limit=500").parse().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals("sync-quarantined"))
                .filter(n -> n.getString("actor").equals("hospB")).toList();
    }

    private static long forged(Ward ward) {
        return ward.get("admin", API + "sync/status").json().getJsonNumber("forged").longValue();
    }

    /** A patient "registered at hospA by its nurse", as a forger would write it. */
    private static JsonObject inventedPatient(UUID id) {
        return Json.createObjectBuilder().add("id", id.toString()).add("mrn", "hospA-" + (id.hashCode() & 0xffff))
                .add("givenName", "Forged").add("familyName", unique("Invented")).add("birthDate", "1970-01-01")
                .add("sex", "MALE").add("record", provenance("hospA", user("hospA", "nurse"))).build();
    }

    private static JsonObject consentState(String patient, String by) {
        return Json.createObjectBuilder().add("id", patient).add("patientId", patient)
                .add("sharingWithHospitals", false).add("sharingChangedAt", PeerChanges.now().toString())
                .add("sharingChangedBy", by).add("sharingReason", "forged").add("analyticsUse", true)
                .add("record", provenance("hospC", by)).build();
    }

    private static JsonObject grantState(UUID grant, String patient, String grantee) {
        return Json.createObjectBuilder().add("id", grant.toString()).add("patientId", patient)
                .add("grantee", grantee).add("reason", "forged").add("grantedAt", PeerChanges.now().toString())
                .add("expiresAt", PeerChanges.now().plus(Duration.ofHours(1)).toString())
                .add("record", provenance("hospC", grantee)).build();
    }

    private static JsonObject provenance(String home, String by) {
        String now = PeerChanges.now().toString();
        return Json.createObjectBuilder().add("homeHospital", home).add("createdAt", now).add("createdBy", by)
                .add("changedAt", now).add("changedBy", by).add("voided", false).add("version", 0).build();
    }

    /** A patient registered at A who, once the peer has the chart, stops sharing it: the peer then refuses it. */
    private static String withheldByA(Ward peer, String peerId, String family) {
        Ward a = ward("hospA");
        String patient = registeredWithAnAllergy(a, family);
        Poll.until(CONVERGENCE, "the chart at " + peerId, () -> allergies(peer, patient) == 1);
        assertThat(a.put("nurse", API + "patients/" + patient + "/consent", consent(false, "Patient's request"),
                "If-Match", "\"0\"").status()).isEqualTo(200);
        Poll.until(CONVERGENCE, peerId + " refusing the patient",
                () -> peer.get("nurse", API + "patients/" + patient + "/chart").status() == 403);
        return patient;
    }

    private static String registeredWithAnAllergy(Ward a, String family) {
        Reply registered = a.post("nurse", API + "patients", patient("Paula", family).build());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String patient = registered.json().getString("id");
        assertThat(a.post("nurse", API + "allergies", Json.createObjectBuilder().add("patientId", patient)
                .add("substance", code(null, null, "Penicillin")).add("reaction", "hives").add("severity", "MODERATE")
                .build()).status()).isEqualTo(201);
        return patient;
    }

    private static int allergies(Ward ward, String patient) {
        Reply list = ward.get("nurse", API + "allergies?patient=" + patient);
        return list.status() == 200 ? list.json().getJsonArray("items").size() : -1;
    }

    private static boolean notified(Ward ward, String grant) {
        return ward.get("admin", API + "admin/notifications").parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("subjectId").equals(grant));
    }

    private static String user(String hospital, String role) {
        return StaffLogins.withRole(StaffLogins.read(TestNetwork.WORK.resolve("secrets").resolve(hospital)
                .resolve("demo-users")), role).username();
    }

    private static JsonObject consent(boolean sharing, String reason) {
        return Json.createObjectBuilder().add("sharingWithHospitals", sharing).add("analyticsUse", true)
                .add("reason", reason).build();
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }
}
