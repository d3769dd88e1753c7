package org.medmesh.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts operations at a fixed rate whatever the system's answers (an open model, as clinicians do not wait for each
 * other), and times each from the moment it was <em>due</em>: when the system stalls, the operations that should have
 * started meanwhile count the stall too. At most {@code maxInFlight} run at once; beyond that the generator waits, and
 * the wait is still counted.
 */
public final class FixedRateLoad {

    /** Starts operation number {@code sequence}, due at {@code dueNanos} ({@link System#nanoTime()}). */
    @FunctionalInterface
    public interface AsyncOperation<T> {

        CompletableFuture<T> start(long sequence, long dueNanos);
    }

    /**
     * One completed operation.
     *
     * @param sequence its number
     * @param dueEpochMicros wall-clock time it was due, in microseconds since the epoch
     * @param latencyNanos from due to completion
     * @param value what it produced
     */
    public record Done<T>(long sequence, long dueEpochMicros, long latencyNanos, T value) {
    }

    /**
     * A run's outcome: the aggregate figures and each completed operation.
     *
     * @param result latencies, counts and window
     * @param done every successful operation
     */
    public record Run<T>(LoadResult result, List<Done<T>> done) {
    }

    private FixedRateLoad() {
    }

    public static <T> Run<T> run(double perSecond, Duration measured, int maxInFlight, AsyncOperation<T> operation)
            throws InterruptedException {
        long operations = Math.max(1, Math.round(perSecond * measured.toNanos() / 1e9));
        double intervalNanos = 1e9 / perSecond;
        Latencies latencies = new Latencies();
        List<Done<T>> done = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long startNanos = System.nanoTime();
        long startEpochMicros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
        for (long i = 0; i < operations; i++) {
            long due = startNanos + Math.round(i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            long sequence = i;
            long dueEpochMicros = startEpochMicros + (due - startNanos) / 1_000;
            CompletableFuture<T> started;
            try {
                started = operation.start(sequence, due);
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            started.whenComplete((value, error) -> {
                long latency = System.nanoTime() - due;
                if (error == null) {
                    latencies.recordNanos(latency);
                    done.add(new Done<>(sequence, dueEpochMicros, latency, value));
                } else {
                    failed.incrementAndGet();
                    firstError.compareAndSet(null, error.toString());
                }
                inFlight.release();
            });
        }
        inFlight.acquire(maxInFlight);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        LoadResult result = new LoadResult(latencies, done.size(), failed.get(), seconds, firstError.get());
        return new Run<>(result, List.copyOf(done));
    }
}
