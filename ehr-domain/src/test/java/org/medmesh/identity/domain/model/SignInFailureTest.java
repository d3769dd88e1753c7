package org.medmesh.identity.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInFailureTest {

    private static final LockoutPolicy FIVE_FOR_FIFTEEN = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void shouldLockOnTheFifthConsecutiveFailureForFifteenMinutes() {
        SignInFailure failure = new SignInFailure("dr.a");
        for (int i = 1; i <= 4; i++) {
            assertThat(failure.recordFailure(FIVE_FOR_FIFTEEN, T0.plusSeconds(i))).isFalse();
            assertThat(failure.lockedAt(T0.plusSeconds(i))).isFalse();
        }

        assertThat(failure.recordFailure(FIVE_FOR_FIFTEEN, T0.plusSeconds(5))).isTrue();

        assertThat(failure.lockedAt(T0.plusSeconds(6))).isTrue();
        assertThat(failure.retryAfter(T0.plusSeconds(5))).isEqualTo(Duration.ofMinutes(15));
        assertThat(failure.lockedAt(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(failure.retryAfter(T0.plus(Duration.ofHours(1)))).isZero();
    }

    @Test
    void shouldStartANewCountOnceALockHasRunOut() {
        SignInFailure failure = new SignInFailure("dr.a");
        for (int i = 0; i < 5; i++) {
            failure.recordFailure(FIVE_FOR_FIFTEEN, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));

        assertThat(failure.recordFailure(FIVE_FOR_FIFTEEN, later)).isFalse();
        assertThat(failure.lockedAt(later)).isFalse();
        assertThat(failure.failures()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAPolicyThatCouldNeverLockOrNeverUnlock() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
