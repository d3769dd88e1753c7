package org.medmesh.interfaces.web.ward;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.medmesh.interfaces.web.ward.StateComparison.Row;

class StateComparisonTest {

    @Test
    void shouldListTheDifferingFieldsFirstWithNestedNamesAndAbsentOnesEmptyLeavingOutTheBookkeeping() {
        var winner = Json.createObjectBuilder().add("severity", "MILD").add("note", "same")
                .add("code", Json.createObjectBuilder().add("display", "Penicillin").add("code", "7980"))
                .addNull("endedAt").add("schemaVersion", 1)
                .add("record", Json.createObjectBuilder().add("changedBy", "dr.a").add("changedAt", "T1")).build();
        var loser = Json.createObjectBuilder().add("severity", "SEVERE").add("note", "same")
                .add("code", Json.createObjectBuilder().add("display", "Penicillin").add("code", "7980"))
                .add("reaction", "rash").add("dose", 2)
                .add("record", Json.createObjectBuilder().add("changedBy", "dr.b").add("changedAt", "T2")).build();

        assertThat(StateComparison.of(winner, loser)).containsExactly(
                new Row("dose", "", "2", true),
                new Row("reaction", "", "rash", true),
                new Row("severity", "MILD", "SEVERE", true),
                new Row("code.code", "7980", "7980", false),
                new Row("code.display", "Penicillin", "Penicillin", false),
                new Row("note", "same", "same", false));
        assertThat(StateComparison.changedBy(winner)).isEqualTo("dr.a, T1");
    }

    @Test
    void shouldShowNothingForAWithheldState() {
        assertThat(StateComparison.of(null, null)).isEmpty();
        assertThat(StateComparison.changedBy(null)).isEmpty();
    }
}
