package org.medmesh.platform.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A background loop on a thread of its own that runs a round when woken and at least once per poll interval. Wake-ups
 * arriving during a round are coalesced into one more round. A round that fails is retried at the next wake-up or poll;
 * the operator is told once when it starts failing and once when it works again, with the loop's name. A loop whose
 * thread has died, or whose round has run longer than it may ({@value #DEFAULT_LONGEST_ROUND_MINUTES} minutes unless
 * said otherwise), is wedged: {@link #wedgedLoops()} names it, and the node's liveness check fails on it.
 */
public final class WokenLoop {

    private static final Logger LOG = Logger.getLogger(WokenLoop.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    static final long DEFAULT_LONGEST_ROUND_MINUTES = 15;
    private static final long IDLE = -1;
    /** The loops started and not stopped, in this application. */
    private static final Set<WokenLoop> STARTED = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Duration poll;
    private final Runnable round;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;
    private boolean failing;
    private volatile Duration longestRound = Duration.ofMinutes(DEFAULT_LONGEST_ROUND_MINUTES);
    private volatile long roundStarted = IDLE;

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

    /** A round of this loop may legitimately run as long as {@code longest} (a backup); returns this loop. */
    public WokenLoop roundsMayRunFor(Duration longest) {
        this.longestRound = longest;
        return this;
    }

    public void start() {
        STARTED.add(this);
        thread.start();
    }

    /** Why this loop is wedged, if it is: its thread died, or its round has run longer than it may. */
    public Optional<String> wedged() {
        if (!running) {
            return Optional.empty();
        }
        if (!thread.isAlive()) {
            return Optional.of(name + ": its thread has ended");
        }
        long started = roundStarted;
        if (started != IDLE) {
            Duration running = Duration.ofNanos(System.nanoTime() - started);
            if (running.compareTo(longestRound) > 0) {
                return Optional.of(name + ": a round has run for " + running.toSeconds() + " s (at most "
                        + longestRound.toSeconds() + " s)");
            }
        }
        return Optional.empty();
    }

    /** The wedged loops of this application, each with why. */
    public static List<String> wedgedLoops() {
        return STARTED.stream().map(WokenLoop::wedged).flatMap(Optional::stream).sorted().toList();
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
        STARTED.remove(this);
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
        roundStarted = System.nanoTime();
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
        } finally {
            roundStarted = IDLE;
        }
    }
}
