package org.medmesh.shared.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

    private static final HospitalId A = new HospitalId("hospA");
    private static final HospitalId B = new HospitalId("hospB");

    @Test
    void shouldCountWithinOneMillisecond() {
        AtomicLong wall = new AtomicLong(1_000);
        HybridLogicalClock clock = new HybridLogicalClock(A, wall::get);
        assertThat(clock.now()).isEqualTo(new Hlc(1_000, 0, A));
        assertThat(clock.now()).isEqualTo(new Hlc(1_000, 1, A));
        wall.set(1_005);
        assertThat(clock.now()).isEqualTo(new Hlc(1_005, 0, A));
    }

    @Test
    void shouldStampAfterAReceivedChangeEvenWhenTheWallClockIsBehind() {
        HybridLogicalClock behind = new HybridLogicalClock(B, () -> 1_000);
        Hlc fromTheFuture = new Hlc(9_000, 4, A);
        behind.receive(fromTheFuture);
        Hlc next = behind.now();
        assertThat(next.after(fromTheFuture)).isTrue();
        assertThat(next).isEqualTo(new Hlc(9_000, 6, B));
    }

    @Test
    void shouldNeverGoBackAfterARestart() {
        Hlc last = new Hlc(5_000, 2, A);
        HybridLogicalClock restarted = HybridLogicalClock.resumingAfter(A, () -> 10, last);
        assertThat(restarted.now().after(last)).isTrue();
    }

    @Test
    void shouldBreakTiesByHospitalAndRoundTripAsText() {
        Hlc a = new Hlc(7, 1, A);
        Hlc b = new Hlc(7, 1, B);
        assertThat(b.after(a)).isTrue();
        assertThat(Hlc.parse(a.toString())).isEqualTo(a);
        assertThat(Hlc.parse(new Hlc(1, 0, new HospitalId("st-anna")).toString()).hospital().value())
                .isEqualTo("st-anna");
        assertThat(a.toString().compareTo(b.toString())).isNegative();
    }
}
