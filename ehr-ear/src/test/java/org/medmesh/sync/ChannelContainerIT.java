package org.medmesh.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.client.Reply;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.broker.CheckpointMessages;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;
import org.medmesh.sync.infrastructure.signing.SignedContent;
import org.medmesh.sync.infrastructure.signing.TrustedKey;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.PeerChanges;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * The node's inbox attacked by a peer with a valid broker login: changes with a forged origin, an altered state, an
 * unknown key or no signature, and anti-entropy repairs carrying such states. Each is quarantined with its reason,
 * never applied, counted and notified to the administrators; a genuine change beside them is applied; a change signed
 * with a key the network learns later is applied by a retry. A peer's audit checkpoint is kept only as the peer signed
 * it, and the peer's question about its chain is answered with the newest one kept.
 */
@ExtendWith(ArquillianExtension.class)
class ChannelContainerIT {

    private static final String API = "api/v1/";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Ward WARD = ContainerNode.ward();
    private static final PeerChanges HOSP_X = ContainerNode.peer();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void forgedChangesAreQuarantinedNeverAppliedCountedAndNotified() {
        long forgedBefore = status().getJsonNumber("forged").longValue();
        UUID genuine = UUID.randomUUID();
        UUID claimsOtherOrigin = UUID.randomUUID();
        UUID altered = UUID.randomUUID();
        UUID unknownKey = UUID.randomUUID();
        UUID unsigned = UUID.randomUUID();

        JsonObject forgedOrigin = HOSP_X.sealed(registration(claimsOtherOrigin, "hospIT"));
        JsonObject alteredState = Json.createObjectBuilder(HOSP_X.sealed(registration(altered, HOSP_X.peer())))
                .add("payload", HOSP_X.patientState(altered, "Eve", "Altered").toString()).build();
        JsonObject strangeKey = sealedWith(Ed25519.generate(), registration(unknownKey, HOSP_X.peer()));
        JsonObject noSeal = registration(unsigned, HOSP_X.peer());
        for (JsonObject forged : List.of(forgedOrigin, alteredState, strangeKey, noSeal)) {
            HOSP_X.deliver(forged.toString(), forged.getString("id"), null);
        }
        HOSP_X.send("patient.registered", genuine, genuine, HOSP_X.patientState(genuine, "Ada", "Genuine"));

        Poll.until(DEADLINE, "the genuine change applied",
                () -> WARD.get("doctor", API + "patients/" + genuine).status() == 200);
        Poll.until(DEADLINE, "four changes quarantined as forged",
                () -> status().getJsonNumber("forged").longValue() == forgedBefore + 4);
        for (UUID patient : List.of(claimsOtherOrigin, altered, unknownKey, unsigned)) {
            assertThat(WARD.get("doctor", API + "patients/" + patient).status()).as("never applied").isEqualTo(404);
        }
        List<JsonObject> waiting = quarantined(true);
        assertThat(reasonOf(waiting, forgedOrigin)).startsWith("forged origin");
        assertThat(reasonOf(waiting, alteredState)).startsWith("bad signature");
        assertThat(reasonOf(waiting, strangeKey)).startsWith("unknown key");
        assertThat(reasonOf(waiting, noSeal)).startsWith("unsigned");
        for (JsonObject entry : waiting) {
            assertThat(entry.containsKey("body")).as("no content in the list").isFalse();
        }
        assertThat(notifiedSubjects()).as("the administrators are told of each").containsAll(List.of(forgedOrigin,
                alteredState, strangeKey, noSeal).stream().map(
                        m -> UUID.nameUUIDFromBytes(("sync-quarantine:"
                                + m.getString("id")).getBytes(StandardCharsets.UTF_8)).toString())
                .toList());
        assertThat(metric("medmesh_sync_quarantined_forged")).isEqualTo(forgedBefore + 4);
    }

    /**
     * Changes that arrive together are applied as one batch (one transaction, lookups read for the batch at once, inbox
     * rows sent as one JDBC batch): a consent that came before its patient waits and is released by the registration in
     * the same batch, a rename of the patient registered earlier in the batch reads the registration's inbox row, and a
     * second copy of the registration (another duplicate id, so the broker lets it through) is a duplicate.
     */
    @Test
    void changesArrivingTogetherAreAppliedAsOneBatchInArrivalOrder() throws SQLException {
        UUID patient = UUID.randomUUID();
        String family = Ward.unique("Batch");
        JsonObject consent = HOSP_X.sealed(HOSP_X.change("consent.changed", patient, patient,
                HOSP_X.consent(patient, true), HOSP_X.peer()));
        JsonObject registered = HOSP_X.sealed(HOSP_X.change("patient.registered", patient, patient,
                HOSP_X.patientState(patient, "Bea", family), HOSP_X.peer()));
        JsonObject renamed = HOSP_X.sealed(HOSP_X.change("patient.updated", patient, patient,
                HOSP_X.patientState(patient, "Beatrix", family), HOSP_X.peer()));
        List<JsonObject> messages = List.of(consent, registered, renamed, registered);

        HOSP_X.deliverTogether(messages.stream().map(JsonObject::toString).toList(), List.of(id(consent),
                id(registered), id(renamed), id(registered) + "-copy"));

        Poll.until(DEADLINE, "the rename applied", () -> {
            Reply reply = WARD.get("doctor", API + "patients/" + patient);
            return reply.status() == 200 && "Beatrix".equals(reply.json().getString("givenName"));
        });
        try (Connection db = ContainerNode.database();
                PreparedStatement select = db.prepareStatement("select event_id, outcome from sync_inbox "
                        + "where aggregate_id = ? or patient_id = ? order by event_id")) {
            select.setBytes(1, bytes(patient));
            select.setBytes(2, bytes(patient));
            Map<UUID, String> outcomes = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertThat(outcomes.put(uuid(rows.getBytes(1)), rows.getString(2))).as("received once").isNull();
                }
            }
            assertThat(outcomes).containsOnlyKeys(UUID.fromString(id(consent)), UUID.fromString(id(registered)),
                    UUID.fromString(id(renamed)));
            assertThat(outcomes.values()).containsOnly("APPLIED");
            assertThat(count(db, "select count(*) from sync_pending where patient_id = ?", patient))
                    .as("the consent no longer waits").isZero();
            assertThat(count(db, "select count(*) from patient_consent where patient_id = ?", patient))
                    .as("the consent applied").isEqualTo(1);
        }
    }

    private static String id(JsonObject message) {
        return message.getString("id");
    }

    private static long count(Connection db, String sql, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setBytes(1, bytes(id));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    @Test
    void aRepairCarryingAForgedStateMergesOnlyTheGenuineOnes() {
        UUID genuine = UUID.randomUUID();
        UUID forged = UUID.randomUUID();
        JsonObject genuineState = HOSP_X.sealed(registration(genuine, HOSP_X.peer()));
        JsonObject forgedState = Json.createObjectBuilder(HOSP_X.sealed(registration(forged, HOSP_X.peer())))
                .add("payload", HOSP_X.patientState(forged, "Eve", "Forged").toString()).build();
        String repair = Json.createObjectBuilder().add("from", HOSP_X.peer()).add("states", Json.createArrayBuilder()
                .add(document(genuineState)).add(document(forgedState))).build().toString();

        HOSP_X.deliver(repair, null, "repair");

        Poll.until(DEADLINE, "the genuine state merged",
                () -> WARD.get("doctor", API + "patients/" + genuine).status() == 200);
        String forgedId = "repair-" + forgedState.getString("id");
        Poll.until(DEADLINE, "the forged state quarantined", () -> quarantined(true).stream()
                .anyMatch(e -> e.getString("id").equals(forgedId)));
        assertThat(WARD.get("doctor", API + "patients/" + forged).status()).isEqualTo(404);
    }

    @Test
    void aChangeSignedWithAKeyTheNetworkLearnsLaterIsAppliedByARetry() throws Exception {
        KeyPair rotated = Ed25519.generate();
        UUID patient = UUID.randomUUID();
        JsonObject change = sealedWith(rotated, registration(patient, HOSP_X.peer()));
        HOSP_X.deliver(change.toString(), change.getString("id"), null);
        String id = change.getString("id");
        Poll.until(DEADLINE, "the change with an unknown key quarantined", () -> quarantined(true).stream()
                .anyMatch(e -> e.getString("id").equals(id)));

        Reply early = WARD.post("admin", API + "sync/quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("type")).endsWith("/quarantine-still-refused");
        assertThat(WARD.post("nurse", API + "sync/quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT)
                .status()).as("administrators only").isEqualTo(403);

        Files.writeString(ContainerNode.IT_DIR.resolve("channel/network-keys"), HOSP_X.peer() + " "
                + Base64.getEncoder().encodeToString(rotated.getPublic().getEncoded()) + "\n",
                StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        Reply applied = WARD.post("admin", API + "sync/quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT);

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().getString("resolvedAt")).isNotBlank();
        assertThat(WARD.get("doctor", API + "patients/" + patient).status()).isEqualTo(200);
        assertThat(WARD.post("admin", API + "sync/quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT)
                .status()).as("a second retry").isEqualTo(409);
        assertThat(WARD.post("admin", API + "sync/quarantine/no-such-message/retry", JsonValue.EMPTY_JSON_OBJECT)
                .status()).isEqualTo(404);
    }

    @Test
    void aConflictResolvedAtAPeerIsResolvedHereAndAForgedResolutionIsNot() {
        String family = Ward.unique("Resolved");
        UUID id = HOSP_X.registerPatient("Xena", family);
        String patient = id.toString();
        Poll.until(DEADLINE, "hospX's patient here", () -> WARD.get("nurse", API + "patients/" + patient)
                .status() == 200);
        Reply before = WARD.get("nurse", API + "patients/" + patient);
        assertThat(WARD.put("nurse", API + "patients/" + patient, Ward.patient("Xena", family).build(), "If-Match",
                before.etag()).status()).isEqualTo(200);
        HOSP_X.renamePatient(id, "Xenia-Maria", family);
        Poll.until(DEADLINE, "the concurrent edits parked", () -> openConflictOf(patient) != null);
        UUID conflict = UUID.fromString(openConflictOf(patient).getString("id"));
        JsonObject resolution = Json.createObjectBuilder().add("id", conflict.toString())
                .add("resolution", "KEEP_WINNER").add("resolvedBy", "dr.x").add("resolvedAt", PeerChanges.now()
                        .toString())
                .add("note", "checked with the patient").add("record", HOSP_X.record("dr.x"))
                .build();

        JsonObject forged = HOSP_X.sealed(HOSP_X.change("conflict.resolved", conflict, id, resolution, "hospIT"));
        HOSP_X.deliver(forged.toString(), forged.getString("id"), null);
        Poll.until(DEADLINE, "the forged resolution quarantined", () -> quarantined(true).stream()
                .anyMatch(e -> e.getString("id").equals(forged.getString("id"))));
        assertThat(openConflictOf(patient)).as("still open").isNotNull();

        HOSP_X.send("conflict.resolved", conflict, id, resolution);
        Poll.until(DEADLINE, "the conflict closed by hospX's resolution", () -> openConflictOf(patient) == null);
        JsonObject closed = WARD.get("doctor", API + "sync/conflicts/" + conflict).json();
        assertThat(closed.getString("status")).isEqualTo("RESOLVED");
        assertThat(closed.getString("resolution")).isEqualTo("KEEP_WINNER");
        assertThat(closed.getString("resolvedBy")).isEqualTo("dr.x");
        assertThat(closed.getString("resolutionNote")).isEqualTo("checked with the patient");
    }

    private static JsonObject openConflictOf(String patient) {
        return WARD.get("doctor", API + "sync/conflicts?open=true&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> patient.equals(c.getString("recordId")))
                .findFirst().orElse(null);
    }

    private static JsonObject registration(UUID patient, String origin) {
        return HOSP_X.change("patient.registered", patient, patient, HOSP_X.patientState(patient, "Ada",
                Ward.unique("Channel")), origin);
    }

    /** The message sealed with a key of the test's own making, named by its id. */
    private static JsonObject sealedWith(KeyPair key, JsonObject change) {
        JsonObject named = Json.createObjectBuilder(change).add("keyId", TrustedKey.idOf(key.getPublic()))
                .add("signature", "").build();
        byte[] content = SignedContent.of(ChangeMessage.read(named.toString()).toChange());
        return Json.createObjectBuilder(named).add("signature", Ed25519.sign(key, content)).build();
    }

    /** A change message as a repair carries it (the whole change as one document). */
    private static String document(JsonObject message) {
        return ChangeDocument.write(ChangeMessage.read(message.toString()).toChange());
    }

    @Test
    void aPeersAuditCheckpointIsKeptOnlyAsItSignedItAndItsQueryIsAnsweredWithTheNewestHeld() throws JMSException {
        long seq = System.currentTimeMillis();
        AuditCheckpoint genuine = HOSP_X.checkpoint(seq, "0a".repeat(32));
        AuditCheckpoint altered = new AuditCheckpoint(genuine.hospital(), seq + 1, genuine.hash(),
                genuine.signedAt(), genuine.keyId(), genuine.signature());
        String alteredId = "altered-checkpoint-" + UUID.randomUUID();
        UUID query = UUID.randomUUID();

        HOSP_X.deliver(CheckpointMessages.checkpoint(genuine), null, CheckpointMessages.CHECKPOINT);
        HOSP_X.deliver(CheckpointMessages.checkpoint(altered), alteredId, CheckpointMessages.CHECKPOINT);
        HOSP_X.deliver(CheckpointMessages.query("hospX", query), null, CheckpointMessages.QUERY);

        CheckpointMessages.Answer answer = answerTo(query);
        assertThat(answer.witness()).isEqualTo("hospIT");
        assertThat(answer.held()).as("the newest checkpoint held, not the altered one").isEqualTo(genuine);
        Poll.until(DEADLINE, "the altered checkpoint quarantined", () -> quarantined(true).stream()
                .anyMatch(e -> e.getString("id").equals(alteredId)));
    }

    /** The node's answer to the query, taken from its outgoing queue to hospX (whose bridge never connects here). */
    private static CheckpointMessages.Answer answerTo(UUID query) throws JMSException {
        try (ActiveMQConnectionFactory factory = ContainerNode.nodeBroker();
                JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
                JMSConsumer answers = context.createConsumer(context.createQueue("ehr.sync.to.hospX"),
                        "medmeshKind = '" + CheckpointMessages.ANSWER + "'")) {
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                Message message = answers.receive(1_000);
                if (message != null) {
                    CheckpointMessages.Answer answer = CheckpointMessages.readAnswer(message.getBody(String.class));
                    if (answer.query().equals(query)) {
                        message.acknowledge();
                        return answer;
                    }
                }
            }
            throw new AssertionError("no answer to audit anchor query " + query);
        }
    }

    private static JsonObject status() {
        return WARD.get("admin", API + "sync/status").json();
    }

    private static List<JsonObject> quarantined(boolean waiting) {
        return WARD.get("admin", API + "sync/quarantine?waiting=" + waiting).parse().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static String reasonOf(List<JsonObject> entries, JsonObject message) {
        JsonObject entry = entries.stream().filter(e -> e.getString("id").equals(message.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("not quarantined: " + message.getString("id")));
        assertThat(entry.getString("reason")).isEqualTo("FORGED");
        assertThat(entry.getString("sender")).as("the broker account that delivered it").isEqualTo("hospX");
        return entry.getString("failure");
    }

    private static Set<String> notifiedSubjects() {
        return WARD.get("admin", API + "admin/notifications?limit=500").parse().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals("sync-quarantined"))
                .map(n -> n.getString("subjectId")).collect(Collectors.toSet());
    }

    private static long metric(String name) {
        String text = ContainerNode.scrape("scope=application");
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    /** Ed25519 keys of the test's own, unknown to the network. */
    private static final class Ed25519 {

        static KeyPair generate() {
            try {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static String sign(KeyPair key, byte[] content) {
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(key.getPrivate());
                signer.update(content);
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
