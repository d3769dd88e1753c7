package org.medmesh.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class FixedRateLoadTest {

    @Test
    void everyOperationIsStartedOnceAndTimedFromWhenItWasDue() throws InterruptedException {
        FixedRateLoad.Run<Long> run = FixedRateLoad.run(200, Duration.ofMillis(500), 8,
                (sequence, due) -> CompletableFuture.completedFuture(sequence));

        assertThat(run.result().completed()).isEqualTo(100);
        assertThat(run.done()).extracting(FixedRateLoad.Done::value).doesNotHaveDuplicates().hasSize(100);
        assertThat(run.result().failed()).isZero();
    }

    /**
     * With one operation in flight, a stall of 300 ms holds back every operation due meanwhile (at 100/s, about 30):
     * they count the stall, as the clinicians behind a stalled system would. A generator timing from the send would
     * report one slow operation and a clean p99.
     */
    @Test
    void aStallIsChargedToEveryOperationDueDuringIt() throws InterruptedException {
        FixedRateLoad.Run<Long> run = FixedRateLoad.run(100, Duration.ofSeconds(1), 1, (sequence, due) -> sequence == 10
                ? CompletableFuture.supplyAsync(() -> sequence, CompletableFuture.delayedExecutor(300,
                        TimeUnit.MILLISECONDS))
                : CompletableFuture.completedFuture(sequence));

        long heldBack = run.done().stream().filter(d -> d.latencyNanos() >= TimeUnit.MILLISECONDS.toNanos(100))
                .count();
        assertThat(heldBack).isGreaterThanOrEqualTo(20);
        assertThat(run.result().latencies().percentileMillis(99)).isGreaterThanOrEqualTo(250);
        assertThat(run.result().completed()).isEqualTo(100);
    }

    @Test
    void aFailedOperationIsCountedNotTimed() throws InterruptedException {
        FixedRateLoad.Run<Long> run = FixedRateLoad.run(100, Duration.ofMillis(200), 4,
                (sequence, due) -> sequence == 3
                        ? CompletableFuture.failedFuture(new IllegalStateException("refused"))
                        : CompletableFuture
                                .completedFuture(sequence));

        assertThat(run.result().failed()).isEqualTo(1);
        assertThat(run.result().completed()).isEqualTo(19);
        assertThat(run.result().firstError()).contains("refused");
    }
}
