package org.medmesh.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of workers, each calling the operation again as soon as the previous call returns (like wrk's
 * connections): the throughput a given concurrency reaches and the latency it costs. Calls during the warm-up are not
 * recorded.
 */
public final class ClosedLoopLoad {

    /** One blocking operation; throws when it fails. */
    @FunctionalInterface
    public interface Operation {

        void call(int worker) throws Exception;
    }

    private ClosedLoopLoad() {
    }

    public static LoadResult run(int workers, Duration warmUp, Duration measured, Operation operation)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                long now = System.nanoTime();
                while (now < end) {
                    boolean ok = true;
                    try {
                        operation.call(worker);
                    } catch (Exception e) {
                        ok = false;
                        firstError.compareAndSet(null, e.toString());
                    }
                    long done = System.nanoTime();
                    if (now >= measureFrom && done <= end) {
                        if (ok) {
                            latencies.recordNanos(done - now);
                            completed.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    now = done;
                }
            }, "load-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new LoadResult(latencies, completed.get(), failed.get(), measured.toNanos() / 1e9, firstError.get());
    }
}
