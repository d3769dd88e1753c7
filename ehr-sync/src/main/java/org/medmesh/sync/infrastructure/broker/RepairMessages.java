package org.medmesh.sync.infrastructure.broker;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.ChangeHorizon;
import org.medmesh.sync.infrastructure.persistence.ChangeDocument;

/**
 * The two anti-entropy messages. A <em>digest</em> ({@value #DIGEST}) says "this is what I hold", bucket by bucket, of
 * the records last changed before its horizon; the peer answers with <em>repairs</em> ({@value #REPAIR}): the current
 * states of its records last changed before the same horizon, in every bucket that differs.
 */
public final class RepairMessages {

    public static final String DIGEST = "digest";
    public static final String REPAIR = "repair";

    private RepairMessages() {
    }

    /**
     * A digest sent by a hospital, or a batch of states sent to repair it.
     *
     * @param horizon the digest covers the records whose change stamp is older than this; a digest without one (from a
     *            node before horizons) covers every record
     */
    public record Digest(String from, ChangeHorizon horizon, Map<String, String> buckets) {
    }

    public record Repair(String from, List<Change> states) {
    }

    public static String digest(String from, ChangeHorizon horizon, Map<String, String> buckets) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        buckets.forEach(json::add);
        return Json.createObjectBuilder().add("from", from).add("horizonMillis", horizon.millis())
                .add("buckets", json).build().toString();
    }

    public static Digest readDigest(String body) {
        JsonObject json = parse(body);
        Map<String, String> buckets = new TreeMap<>();
        json.getJsonObject("buckets").forEach((key, value) -> buckets.put(key, ((JsonString) value).getString()));
        ChangeHorizon horizon = json.containsKey("horizonMillis")
                ? ChangeHorizon.at(json.getJsonNumber("horizonMillis").longValueExact())
                : ChangeHorizon.EVERYTHING;
        return new Digest(json.getString("from"), horizon, buckets);
    }

    public static String repair(String from, List<Change> states) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        states.forEach(state -> array.add(ChangeDocument.write(state)));
        return Json.createObjectBuilder().add("from", from).add("states", array).build().toString();
    }

    public static Repair readRepair(String body) {
        JsonObject json = parse(body);
        return new Repair(json.getString("from"), json.getJsonArray("states").getValuesAs(JsonString.class).stream()
                .map(s -> ChangeDocument.read(s.getString())).toList());
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an anti-entropy message: " + e.getMessage(), e);
        }
    }
}
