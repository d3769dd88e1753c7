package org.medmesh.client.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class TableDigestsTest {

    private static TableDigests digests(String tables) {
        JsonObject answer = Json.createReader(new StringReader("{\"hospital\":\"hospA\",\"tables\":" + tables + "}"))
                .readObject();
        return TableDigests.of(answer);
    }

    @Test
    void shouldBeEqualExactlyWhenEveryTableHasTheSameRowsAndDigest() {
        String tables = "{\"patient\":{\"rows\":3,\"sha256\":\"aa\"},\"observation\":{\"rows\":9,\"sha256\":\"bb\"}}";

        assertThat(digests(tables)).isEqualTo(digests(tables));
        assertThat(digests(tables).totalRows()).isEqualTo(12);
        assertThat(digests(tables)).isNotEqualTo(digests(tables.replace("bb", "cc")));
    }

    @Test
    void shouldNameTheTablesStillBehindWithTheirRows() {
        TableDigests wanted = digests("{\"patient\":{\"rows\":4,\"sha256\":\"aa\"},"
                + "\"observation\":{\"rows\":12,\"sha256\":\"bb\"},\"encounter\":{\"rows\":2,\"sha256\":\"cc\"}}");
        TableDigests held = digests("{\"patient\":{\"rows\":3,\"sha256\":\"ax\"},"
                + "\"encounter\":{\"rows\":2,\"sha256\":\"cc\"}}");

        assertThat(held.lagBehind(wanted)).isEqualTo("observation 0/12, patient 3/4");
        assertThat(digests("{\"patient\":{\"rows\":4,\"sha256\":\"zz\"}}").lagBehind(digests(
                "{\"patient\":{\"rows\":4,\"sha256\":\"aa\"}}"))).isEqualTo("patient 4/4");
        assertThat(wanted.lagBehind(wanted)).isEqualTo("catching up");
    }
}
