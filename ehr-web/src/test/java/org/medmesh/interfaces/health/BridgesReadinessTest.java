package org.medmesh.interfaces.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medmesh.sync.application.PeerReachability.Reach;

class BridgesReadinessTest {

    @Test
    void shouldSayDegradedWhenAnyPeerIsOutOfReach() {
        assertThat(BridgesReadiness.state(new Reach(2, 2, 0))).isEqualTo("up");
        assertThat(BridgesReadiness.state(new Reach(2, 1, 0))).isEqualTo("degraded");
        assertThat(BridgesReadiness.state(new Reach(2, 0, 0))).isEqualTo("degraded");
    }

    @Test
    void shouldNotGuessWhatItCannotSee() {
        assertThat(BridgesReadiness.state(new Reach(0, 0, 0))).isEqualTo("no-peers");
        assertThat(BridgesReadiness.state(new Reach(2, 0, 2))).isEqualTo("unknown");
    }
}
