package org.medmesh.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;

/** Staff of one hospital calling its API, with request bodies a ward would send. */
public final class Ward {

    private final ApiClient node;
    private final List<StaffLogin> users;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Ward(ApiClient node, List<StaffLogin> users) {
        this.node = node;
        this.users = users;
    }

    /** The demo user with this role. */
    public String username(String role) {
        return StaffLogins.withRole(users, role).username();
    }

    /** A signed-in token for the demo user with this role (cached). */
    public String token(String role) {
        return tokens.computeIfAbsent(role, r -> {
            StaffLogin user = StaffLogins.withRole(users, r);
            return node.token(user.username(), user.password());
        });
    }

    /** A token of its own for the demo user with this role (not cached: for tests that spend it, e.g. logout). */
    public String freshToken(String role) {
        StaffLogin user = StaffLogins.withRole(users, role);
        return node.token(user.username(), user.password());
    }

    public Reply post(String role, String path, JsonObject body, String... headers) {
        return node.send("POST", path, token(role), body == null ? null : body.toString(), headers);
    }

    public Reply put(String role, String path, JsonObject body, String... headers) {
        return node.send("PUT", path, token(role), body.toString(), headers);
    }

    public Reply get(String role, String path) {
        return node.send("GET", path, token(role), null);
    }

    /** Demographics of a new patient whose family name no other test uses. */
    public static JsonObjectBuilder patient(String givenName, String familyName) {
        return Json.createObjectBuilder().add("givenName", givenName).add("familyName", familyName)
                .add("birthDate", "1961-04-12").add("sex", "FEMALE").add("city", "Graz").add("country", "AT");
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static JsonObjectBuilder code(String system, String code, String display) {
        JsonObjectBuilder concept = Json.createObjectBuilder().add("display", display);
        if (system != null) {
            concept.add("system", system).add("code", code);
        }
        return concept;
    }
}
