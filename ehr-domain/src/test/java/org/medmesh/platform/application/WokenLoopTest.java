package org.medmesh.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WokenLoopTest {

    /** Long enough that no round in these tests comes from the timer: every round is a wake-up's. */
    private static final Duration NEVER = Duration.ofHours(1);
    private static final long DEADLINE_SECONDS = 10;

    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ThreadFactory factory = runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        threads.add(thread);
        return thread;
    };
    private final LinkedBlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Logger logger = Logger.getLogger(WokenLoop.class.getName());
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {

        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private WokenLoop loop;

    @AfterEach
    void stopTheLoop() {
        logger.removeHandler(capture);
        if (loop != null) {
            loop.stop();
        }
    }

    @Test
    void shouldRunARoundWhenWokenWithoutWaitingForThePoll() throws InterruptedException {
        loop = started(NEVER, () -> rounds.add(count.incrementAndGet()));

        loop.wake();

        assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        loop.wake();
        assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void shouldRunTheFirstRoundAfterTheFirstWaitAndThenPoll() throws InterruptedException {
        loop = started(Duration.ofMillis(10), Duration.ofMillis(10), () -> rounds.add(count.incrementAndGet()));

        assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void shouldRetryAFailedRoundAndTellTheOperatorOnceWhenItFailsAndWhenItWorksAgain() throws InterruptedException {
        logger.addHandler(capture);
        loop = started(NEVER, () -> {
            int round = count.incrementAndGet();
            rounds.add(round);
            if (round <= 2) {
                throw new IllegalStateException("broker not reachable");
            }
        });

        for (int round = 1; round <= 3; round++) {
            loop.wake();
            assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(round);
        }
        loop.stop();

        assertThat(logged).containsExactly("WARNING Test loop cannot work yet (will retry): broker not reachable",
                "INFO Test loop working again");
    }

    @Test
    void shouldEndItsThreadWhenStopped() {
        loop = started(NEVER, count::incrementAndGet);

        loop.stop();

        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.isAlive()).isFalse();
            assertThat(thread.getName()).isEqualTo("test-loop");
        });
        assertThat(loop.running()).isFalse();
        assertThat(count).as("stopped before any wake-up or poll").hasValue(0);
    }

    @Test
    void shouldCountAsWedgedARoundRunningLongerThanItMayAndNoLongerOnceItEnds() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        loop = new WokenLoop(factory, "Stuck loop", "stuck-loop", NEVER, NEVER, () -> {
            rounds.add(count.incrementAndGet());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).roundsMayRunFor(Duration.ofMillis(50));
        loop.start();
        assertThat(loop.wedged()).isEmpty();

        loop.wake();
        assertThat(rounds.poll(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (loop.wedged().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(loop.wedged()).hasValueSatisfying(why -> assertThat(why).startsWith(
                "Stuck loop: a round has run for "));
        assertThat(WokenLoop.wedgedLoops()).anyMatch(why -> why.startsWith("Stuck loop: "));

        release.countDown();
        while (loop.wedged().isPresent() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(loop.wedged()).as("the round ended").isEmpty();
        loop.stop();
        assertThat(WokenLoop.wedgedLoops()).noneMatch(why -> why.startsWith("Stuck loop: "));
    }

    private WokenLoop started(Duration firstWait, Runnable round) {
        return started(firstWait, NEVER, round);
    }

    private WokenLoop started(Duration firstWait, Duration poll, Runnable round) {
        WokenLoop started = new WokenLoop(factory, "Test loop", "test-loop", firstWait, poll, round);
        started.start();
        return started;
    }
}
