package org.medmesh.interfaces.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.medmesh.sync.application.PeerReachability.Reach;

class ConditionWatchTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Reach ALL_PEERS = new Reach(2, 2, 0);
    private static final Reach ONE_PEER = new Reach(2, 1, 0);
    private static final Reach NO_PEER = new Reach(2, 0, 0);

    private final ConditionWatch watch = new ConditionWatch();

    @Test
    void shouldBeNormalWithTheDatabaseAndAPeer() {
        assertThat(watch.observe(true, ALL_PEERS, T0).degraded()).isFalse();
        assertThat(watch.observe(true, ONE_PEER, T0.plusSeconds(60)).degraded()).isFalse();
    }

    @Test
    void shouldBeDegradedAtOnceWhenTheDatabaseDoesNotAnswerAndNormalWhenItDoesAgain() {
        Condition lost = watch.observe(false, ALL_PEERS, T0);

        assertThat(lost.causes()).containsExactly(DegradationCause.DATABASE_UNREACHABLE);
        assertThat(lost.header()).isEqualTo("degraded; causes=\"database-unreachable\"");
        assertThat(watch.observe(true, ALL_PEERS, T0.plusSeconds(2)).header()).isEqualTo("normal");
    }

    @Test
    void shouldCallTheNodeCutOffOnlyWhenNoPeerHasBeenReachedForTheWholeGrace() {
        assertThat(watch.observe(true, NO_PEER, T0).degraded()).as("a bridge reconnecting").isFalse();
        assertThat(watch.observe(true, NO_PEER, T0.plus(ConditionWatch.ISOLATION_GRACE).minusMillis(1)).degraded())
                .isFalse();

        Condition cutOff = watch.observe(false, NO_PEER, T0.plus(ConditionWatch.ISOLATION_GRACE));

        assertThat(cutOff.header()).isEqualTo("degraded; causes=\"database-unreachable peers-unreachable\"");
        assertThat(watch.observe(true, ONE_PEER, T0.plusSeconds(40)).degraded()).as("a peer back").isFalse();
        assertThat(watch.observe(true, NO_PEER, T0.plusSeconds(41)).degraded()).as("the grace starts again")
                .isFalse();
    }

    @Test
    void shouldNeverCallANodeWithoutPeersOrWithUnseenBridgesCutOff() {
        watch.observe(true, new Reach(0, 0, 0), T0);
        assertThat(watch.observe(true, new Reach(0, 0, 0), T0.plusSeconds(600)).degraded()).isFalse();
        watch.observe(true, new Reach(2, 0, 2), T0);
        assertThat(watch.observe(true, new Reach(2, 0, 2), T0.plusSeconds(600)).degraded()).isFalse();
    }
}
