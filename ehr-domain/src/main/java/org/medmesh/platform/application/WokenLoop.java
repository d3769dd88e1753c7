package org.medmesh.platform.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A background loop on a thread of its own that runs a round when woken and at least once per poll interval. Wake-ups
 * arriving during a round are coalesced into one more round. A round that fails is retried at the next wake-up or poll;
 * the operator is told once when it starts failing and once when it works again, with the loop's name.
 */
public final class WokenLoop {

    private static final Logger LOG = Logger.getLogger(WokenLoop.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Duration poll;
    private final Runnable round;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;
    private boolean failing;

    /**
     * A loop not yet started: the first round comes {@code firstWait} after {@link #start} or at the first wake-up,
     * then one per wake-up or {@code poll}.
     *
     * @param name what the operator reads in the log ("Outbox relay")
     */
    public WokenLoop(ThreadFactory threads, String name, String threadName, Duration firstWait, Duration poll,
            Runnable round) {
        this.name = name;
        this.poll = poll;
        this.round = round;
        this.thread = threads.newThread(() -> loop(firstWait));
        thread.setName(threadName);
    }

    public void start() {
        thread.start();
    }

    /** Asks for a round soon; returns at once. */
    public void wake() {
        wake.release();
    }

    /** Whether the loop has not been asked to stop: a round doing several batches checks it between them. */
    public boolean running() {
        return running;
    }

    /** Lets the round in progress finish (waiting up to 10 s) and runs no more. */
    public void stop() {
        running = false;
        wake.release();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(Duration firstWait) {
        try {
            wake.tryAcquire(firstWait.toMillis(), TimeUnit.MILLISECONDS);
            while (running) {
                wake.drainPermits();
                runRound();
                wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runRound() {
        try {
            round.run();
            if (failing) {
                LOG.info(() -> name + " working again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> name + " cannot work yet (will retry): " + e.getMessage());
                failing = true;
            }
        }
    }
}
