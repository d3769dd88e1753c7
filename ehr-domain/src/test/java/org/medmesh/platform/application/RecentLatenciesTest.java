package org.medmesh.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RecentLatenciesTest {

    @Test
    void shouldGiveNearestRankPercentilesInSeconds() {
        RecentLatencies latencies = new RecentLatencies(100);
        for (int millis = 1; millis <= 100; millis++) {
            latencies.record(Duration.ofMillis(millis));
        }

        assertThat(latencies.percentileSeconds(50)).isEqualTo(0.050);
        assertThat(latencies.percentileSeconds(99)).isEqualTo(0.099);
        assertThat(latencies.percentileSeconds(100)).isEqualTo(0.100);
    }

    @Test
    void shouldForgetTheOldestOnceFull() {
        RecentLatencies latencies = new RecentLatencies(3);
        latencies.record(Duration.ofSeconds(9));
        for (int i = 0; i < 3; i++) {
            latencies.record(Duration.ofNanos(1_500_000));
        }

        assertThat(latencies.percentileSeconds(100)).isEqualTo(0.0015);
    }

    @Test
    void shouldSayZeroBeforeTheFirstAndRefuseAPercentOutOfRange() {
        RecentLatencies latencies = new RecentLatencies(3);

        assertThat(latencies.percentileSeconds(99)).isZero();
        assertThatThrownBy(() -> latencies.percentileSeconds(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentLatencies(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
