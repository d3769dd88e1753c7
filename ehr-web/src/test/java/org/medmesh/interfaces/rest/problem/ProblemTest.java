package org.medmesh.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void shouldFollowRfc9457() {
        JsonObject body = Problem.body(409, "stale-version", "Changed meanwhile",
                "Reload and try again.", Map.of("current", 3));
        assertThat(body.getString("type")).isEqualTo("https://medmesh.org/problems/stale-version");
        assertThat(body.getString("title")).isEqualTo("Changed meanwhile");
        assertThat(body.getInt("status")).isEqualTo(409);
        assertThat(body.getString("detail")).isEqualTo("Reload and try again.");
        assertThat(body.getJsonNumber("current").longValue()).isEqualTo(3);
    }
}
