package org.medmesh.testsupport;

import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Changes made at a peer hospital, delivered to a node's inbox queue ({@code ehr.sync.in}) exactly as the peer's bridge
 * delivers them: the record's whole state, its origin, hybrid logical clock timestamp and version vector.
 */
public final class PeerChanges {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String brokerUrl;
    private final String peer;

    public PeerChanges(String brokerUrl, String peer) {
        this.brokerUrl = brokerUrl;
        this.peer = peer;
    }

    /** The provenance a record made at the peer by {@code by} carries. */
    public JsonObjectBuilder record(String by) {
        String now = now().toString();
        return Json.createObjectBuilder().add("homeHospital", peer).add("createdAt", now).add("createdBy", by)
                .add("changedAt", now).add("changedBy", by).add("voided", false).add("version", 0);
    }

    /** Sends a change of {@code type} (e.g. {@code consent.changed}) carrying {@code state}; returns its event id. */
    public UUID send(String type, UUID aggregateId, UUID patientId, JsonObject state) {
        UUID eventId = UUID.randomUUID();
        String hlc = String.format("%018d-%05d-%s", System.currentTimeMillis(),
                COUNTER.incrementAndGet() % 100_000, peer);
        JsonObject message = Json.createObjectBuilder().add("id", eventId.toString()).add("type", type)
                .add("aggregateType", type.substring(0, type.indexOf('.')))
                .add("aggregateId", aggregateId.toString()).add("patientId", patientId.toString())
                .add("origin", peer).add("actor", state.getJsonObject("record").getString("changedBy"))
                .add("occurredAt", now().toString()).add("hlc", hlc).add("vector", peer + "=" + hlc)
                .add("payload", state.toString()).build();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
                JMSContext context = factory.createContext()) {
            TextMessage text = context.createTextMessage(message.toString());
            text.setStringProperty("_AMQ_DUPL_ID", eventId.toString());
            context.createProducer().send(context.createQueue("ehr.sync.in"), text);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("could not send a change to " + brokerUrl, e);
        }
        return eventId;
    }

    /** Registers a patient at the peer (as its nurse {@code nurse.<peer>}); returns the patient's id. */
    public UUID registerPatient(String givenName, String familyName) {
        UUID id = UUID.randomUUID();
        send("patient.registered", id, id, patientState(id, givenName, familyName));
        return id;
    }

    /** The peer's nurse changes the patient's names, knowing of no change made elsewhere since registering it. */
    public void renamePatient(UUID id, String givenName, String familyName) {
        send("patient.updated", id, id, patientState(id, givenName, familyName));
    }

    private JsonObject patientState(UUID id, String givenName, String familyName) {
        return Json.createObjectBuilder().add("id", id.toString())
                .add("mrn", peer + "-" + Math.abs(id.getLeastSignificantBits() % 10_000_000))
                .add("givenName", givenName).add("familyName", familyName).add("birthDate", "1958-07-01")
                .add("sex", "FEMALE").add("record", record(nurse())).build();
    }

    /** The patient, at the peer, stops sharing the record with other hospitals (analytics use stays on). */
    public void stopSharing(UUID patient) {
        JsonObject state = Json.createObjectBuilder().add("id", patient.toString())
                .add("patientId", patient.toString()).add("sharingWithHospitals", false)
                .add("sharingChangedAt", now().toString()).add("sharingChangedBy", nurse())
                .add("sharingReason", "Patient's written request").add("analyticsUse", true)
                .add("record", record(nurse())).build();
        send("consent.changed", patient, patient, state);
    }

    private String nurse() {
        return "nurse." + peer.substring(peer.length() - 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
