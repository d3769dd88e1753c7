package org.medmesh.sync.infrastructure.broker;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.audit.domain.model.AuditCheckpoint;

/**
 * The three messages that anchor audit chains at the peers (docs/privacy.md): a hospital's signed <em>checkpoint</em>
 * ({@value #CHECKPOINT}) for its peers to keep; a <em>query</em> ({@value #QUERY}) "which checkpoint of my chain do you
 * hold?", sent when it verifies its chain; and the peer's <em>answer</em> ({@value #ANSWER}) with the newest one, or
 * none.
 */
public final class CheckpointMessages {

    public static final String CHECKPOINT = "audit-checkpoint";
    public static final String QUERY = "audit-anchor-query";
    public static final String ANSWER = "audit-anchor-answer";

    private CheckpointMessages() {
    }

    /** A query from {@code from}, to be answered to it. */
    public record Query(String from, UUID query) {
    }

    /** A peer's answer: the checkpoint it holds, or null. */
    public record Answer(String witness, UUID query, AuditCheckpoint held) {
    }

    public static String checkpoint(AuditCheckpoint checkpoint) {
        return json(checkpoint).build().toString();
    }

    public static AuditCheckpoint readCheckpoint(String body) {
        return checkpoint(parse(body));
    }

    public static String query(String from, UUID query) {
        return Json.createObjectBuilder().add("from", from).add("query", query.toString()).build().toString();
    }

    public static Query readQuery(String body) {
        JsonObject json = parse(body);
        return new Query(json.getString("from"), UUID.fromString(json.getString("query")));
    }

    public static String answer(String witness, UUID query, AuditCheckpoint held) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("witness", witness).add("query", query.toString());
        if (held != null) {
            json.add("held", json(held));
        }
        return json.build().toString();
    }

    public static Answer readAnswer(String body) {
        JsonObject json = parse(body);
        JsonObject held = json.getJsonObject("held");
        return new Answer(json.getString("witness"), UUID.fromString(json.getString("query")),
                held == null ? null : checkpoint(held));
    }

    private static JsonObjectBuilder json(AuditCheckpoint checkpoint) {
        return Json.createObjectBuilder().add("hospital", checkpoint.hospital()).add("seq", checkpoint.seq())
                .add("hash", checkpoint.hash()).add("signedAt", checkpoint.signedAt().toString())
                .add("keyId", checkpoint.keyId()).add("signature", checkpoint.signature());
    }

    private static AuditCheckpoint checkpoint(JsonObject json) {
        return new AuditCheckpoint(json.getString("hospital"), json.getJsonNumber("seq").longValueExact(),
                json.getString("hash"), Instant.parse(json.getString("signedAt")), json.getString("keyId"),
                json.getString("signature"));
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
