package org.medmesh.platform.infrastructure.persistence.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoolFiguresTest {

    @Test
    void shouldReadConnectionsInUseIdleRequestsWaitingAndTheMaximumFromThePool() throws Exception {
        assertThat(PoolFigures.of(new StandInPool())).isEqualTo(new PoolFigures(3, 5, 2, 32));
    }

    @Test
    void shouldNameThePoolAsPayaraNamesThatOfADataSourceDefinition() {
        assertThat(PayaraPools.poolName("medmesh", "java:app/jdbc/hospital"))
                .isEqualTo("__SYSTEM/pools/__datasource_definition/medmesh/java:app/jdbc/hospital");
    }
}
