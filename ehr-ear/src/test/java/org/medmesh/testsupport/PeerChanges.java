package org.medmesh.testsupport;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Seal;
import org.medmesh.sync.infrastructure.broker.ChannelSecurity;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Changes made at a peer hospital, delivered to a node's inbox queue ({@code ehr.sync.in}) exactly as the peer's bridge
 * delivers them: over mutual TLS with the peer's certificate, signed in with the peer's broker login, each change
 * sealed with the peer's signing key — the record's whole state, its origin, hybrid logical clock timestamp and version
 * vector. The peer's material is what {@code it-environment.sh} made under {@code channel/<peer>}.
 */
public final class PeerChanges {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Path channel;
    private final int port;
    private final String peer;
    private final String hospital;
    private final ChangeSeals seals;

    /** {@code peer} sending to {@code hospital}'s broker on {@code port}, with the material under {@code channel}. */
    public PeerChanges(Path channel, int port, String peer, String hospital) {
        this.channel = channel;
        this.port = port;
        this.peer = peer;
        this.hospital = hospital;
        this.seals = ChangeSeals.standalone(peer, channel.resolve(peer).resolve("signing-key.pem"),
                channel.resolve("network-keys"));
    }

    public String peer() {
        return peer;
    }

    /** The provenance a record made at the peer by {@code by} carries. */
    public JsonObjectBuilder record(String by) {
        String now = now().toString();
        return Json.createObjectBuilder().add("homeHospital", peer).add("createdAt", now).add("createdBy", by)
                .add("changedAt", now).add("changedBy", by).add("voided", false).add("version", 0);
    }

    /** Sends a change of {@code type} (e.g. {@code consent.changed}) carrying {@code state}; returns its event id. */
    public UUID send(String type, UUID aggregateId, UUID patientId, JsonObject state) {
        JsonObject message = sealed(change(type, aggregateId, patientId, state, peer));
        deliver(message.toString(), message.getString("id"), null);
        return UUID.fromString(message.getString("id"));
    }

    /**
     * A change message as the peer's relay writes it, before sealing: {@code origin} is the hospital it claims to come
     * from (the peer itself, or another one for a forgery).
     */
    public JsonObject change(String type, UUID aggregateId, UUID patientId, JsonObject state, String origin) {
        UUID eventId = UUID.randomUUID();
        String hlc = String.format("%018d-%05d-%s", System.currentTimeMillis(),
                COUNTER.incrementAndGet() % 100_000, origin);
        return Json.createObjectBuilder().add("id", eventId.toString()).add("type", type)
                .add("aggregateType", type.substring(0, type.indexOf('.')))
                .add("aggregateId", aggregateId.toString()).add("patientId", patientId.toString())
                .add("origin", origin).add("actor", state.getJsonObject("record").getString("changedBy"))
                .add("occurredAt", now().toString()).add("hlc", hlc).add("vector", origin + "=" + hlc)
                .add("payload", state.toString()).build();
    }

    /** A checkpoint of the peer's own audit chain at {@code seq}, signed with the peer's key as its node signs one. */
    public AuditCheckpoint checkpoint(long seq, String hash) {
        return seals.signCheckpoint(seq, hash, now());
    }

    /** The message with the peer's seal: its key id and its signature over the change's content. */
    public JsonObject sealed(JsonObject change) {
        DomainEvent event = new DomainEvent(UUID.fromString(change.getString("id")), change.getString("type"),
                change.getString("aggregateType"), UUID.fromString(change.getString("aggregateId")),
                UUID.fromString(change.getString("patientId")), change.getString("origin"),
                change.getString("actor"), Instant.parse(change.getString("occurredAt")),
                Hlc.parse(change.getString("hlc")), org.medmesh.shared.domain.model.VersionVector.parse(
                        change.getString("vector")),
                change.getString("payload"));
        Seal seal = seals.seal(event);
        return Json.createObjectBuilder(change).add("keyId", seal.keyId()).add("signature", seal.signature()).build();
    }

    /**
     * Delivers a message body to the hospital's inbox as the peer's bridge would, with {@code duplicateId} as Artemis
     * duplicate id (null: none) and {@code kind} marking an anti-entropy message (null for a change).
     */
    public void deliver(String body, String duplicateId, String kind) {
        ChannelSecurity own = ChannelSecurity.fromDirectory(channel, peer);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(overTls(own, port));
                JMSContext context = factory.createContext(peer, own.logins().get(hospital))) {
            TextMessage text = context.createTextMessage(body);
            if (duplicateId != null) {
                text.setStringProperty("_AMQ_DUPL_ID", duplicateId);
            }
            if (kind != null) {
                text.setStringProperty("medmeshKind", kind);
            }
            context.createProducer().send(context.createQueue("ehr.sync.in"), text);
        } catch (JMSException e) {
            throw new IllegalStateException("could not send a message to " + hospital + "'s broker", e);
        }
    }

    /**
     * Delivers message bodies in one transaction of the peer's session, so that they reach the inbox together (the
     * consumer takes them as one batch), each with its duplicate id.
     */
    public void deliverTogether(List<String> bodies, List<String> duplicateIds) {
        ChannelSecurity own = ChannelSecurity.fromDirectory(channel, peer);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(overTls(own, port));
                JMSContext context = factory.createContext(peer, own.logins().get(hospital),
                        JMSContext.SESSION_TRANSACTED)) {
            var producer = context.createProducer();
            var inbox = context.createQueue("ehr.sync.in");
            for (int i = 0; i < bodies.size(); i++) {
                TextMessage text = context.createTextMessage(bodies.get(i));
                text.setStringProperty("_AMQ_DUPL_ID", duplicateIds.get(i));
                producer.send(inbox, text);
            }
            context.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("could not send messages to " + hospital + "'s broker", e);
        }
    }

    /** The URL of a broker's TLS acceptor on this host, presenting the certificate of {@code own}. */
    public static String overTls(ChannelSecurity own, int port) {
        return "tcp://127.0.0.1:" + port + "?sslEnabled=true&keyStoreType=PKCS12&keyStorePath=" + own.keyStore()
                + "&keyStorePassword=" + own.keyStorePassword() + "&trustStoreType=PKCS12&trustStorePath="
                + own.trustStore() + "&trustStorePassword=" + own.trustStorePassword();
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

    /** A patient's state as the peer's nurse registers it, the peer being its home hospital. */
    public JsonObject patientState(UUID id, String givenName, String familyName) {
        return Json.createObjectBuilder().add("id", id.toString())
                .add("mrn", peer + "-" + Math.abs(id.getLeastSignificantBits() % 10_000_000))
                .add("givenName", givenName).add("familyName", familyName).add("birthDate", "1958-07-01")
                .add("sex", "FEMALE").add("record", record(nurse())).build();
    }

    /** The patient, at the peer, stops sharing the record with other hospitals (analytics use stays on). */
    public void stopSharing(UUID patient) {
        send("consent.changed", patient, patient, consent(patient, false));
    }

    /** The state of a patient's consent to sharing the record with other hospitals (analytics use on), as changed. */
    public JsonObject consent(UUID patient, boolean sharing) {
        return Json.createObjectBuilder().add("id", patient.toString())
                .add("patientId", patient.toString()).add("sharingWithHospitals", sharing)
                .add("sharingChangedAt", now().toString()).add("sharingChangedBy", nurse())
                .add("sharingReason", "Patient's written request").add("analyticsUse", true)
                .add("record", record(nurse())).build();
    }

    private String nurse() {
        return "nurse." + peer.substring(peer.length() - 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
