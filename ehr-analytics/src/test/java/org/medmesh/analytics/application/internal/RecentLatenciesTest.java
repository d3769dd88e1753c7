package org.medmesh.analytics.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RecentLatenciesTest {

    @Test
    void shouldGiveNearestRankPercentilesInMilliseconds() {
        RecentLatencies latencies = new RecentLatencies(100);
        for (int millis = 1; millis <= 100; millis++) {
            latencies.record(Duration.ofMillis(millis));
        }

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void shouldForgetTheOldestOnceFull() {
        RecentLatencies latencies = new RecentLatencies(3);
        latencies.record(Duration.ofSeconds(9));
        for (int i = 0; i < 3; i++) {
            latencies.record(Duration.ofNanos(1_500_000));
        }

        assertThat(latencies.percentileMillis(100)).isEqualTo(1.5);
    }

    @Test
    void shouldSayZeroBeforeTheFirstAndRefuseAPercentOutOfRange() {
        RecentLatencies latencies = new RecentLatencies(3);

        assertThat(latencies.percentileMillis(99)).isZero();
        assertThatThrownBy(() -> latencies.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentLatencies(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
