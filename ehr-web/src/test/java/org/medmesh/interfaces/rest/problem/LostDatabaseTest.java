package org.medmesh.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;

class LostDatabaseTest {

    @Test
    void shouldRecogniseAConnectionFailureAnywhereInTheChain() {
        RuntimeException wrapped = new RuntimeException("could not execute statement",
                new SQLException("Error in allocating a connection", null, new SQLNonTransientConnectionException(
                        "Socket fail to connect")));

        assertThat(LostDatabase.causedBy(wrapped)).isTrue();
        assertThat(LostDatabase.causedBy(new SQLException("Communications link failure", "08S01"))).isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresToTheIncidentReport() {
        assertThat(LostDatabase.causedBy(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(LostDatabase.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
