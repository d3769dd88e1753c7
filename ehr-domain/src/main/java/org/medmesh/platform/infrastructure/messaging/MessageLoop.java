package org.medmesh.platform.infrastructure.messaging;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A consumer on its own thread: opens a transacted session and its consumer, hands them to a {@link Round} again and
 * again, and keeps going through broker restarts — a failed round closes the session (what it had not committed is
 * redelivered) and the next round, after a pause, opens a new one. It logs once when it stops working and once when it
 * works again, never per attempt.
 */
public final class MessageLoop {

    /** One round of work on the open subscription; returns how long to pause before the next (zero: none). */
    @FunctionalInterface
    public interface Round {

        Duration run(Subscription subscription) throws JMSException;
    }

    /** A transacted session and its consumer: what a round receives from, commits and rolls back. */
    public record Subscription(JMSContext session, JMSConsumer consumer) {

        /**
         * Waits up to {@code waitMillis} for a first message, then takes those already waiting behind it, up to
         * {@code max} in all; empty when none came.
         */
        public List<Message> take(int max, long waitMillis) {
            List<Message> batch = new ArrayList<>();
            Message next = consumer.receive(waitMillis);
            while (next != null) {
                batch.add(next);
                next = batch.size() < max ? consumer.receiveNoWait() : null;
            }
            return batch;
        }

        public Message next() {
            return consumer.receiveNoWait();
        }

        public void commit() {
            session.commit();
        }

        public void rollback() {
            session.rollback();
        }
    }

    private static final Logger LOG = Logger.getLogger(MessageLoop.class.getName());

    private final String name;
    private final Function<JMSContext, JMSConsumer> subscribe;
    private final ActiveMQConnectionFactory factory;
    private final Round round;
    private final Duration retryDelay;
    private Subscription subscription;
    private Thread thread;
    private volatile boolean running;
    private boolean failing;

    /**
     * @param name the thread's name and the loop's name in the log
     * @param factory the broker's factory, closed when the loop stops
     * @param subscribe makes the consumer on a new session
     * @param retryDelay the pause after a failed round
     */
    public MessageLoop(String name, ActiveMQConnectionFactory factory, Function<JMSContext, JMSConsumer> subscribe,
            Round round, Duration retryDelay) {
        this.name = name;
        this.factory = factory;
        this.subscribe = subscribe;
        this.round = round;
        this.retryDelay = retryDelay;
    }

    /** Starts the loop on a thread of {@code threads}, its first round after {@code firstDelay}. */
    public void start(ThreadFactory threads, Duration firstDelay) {
        running = true;
        thread = threads.newThread(() -> run(firstDelay));
        thread.setName(name);
        thread.start();
    }

    private void run(Duration firstDelay) {
        Duration pause = firstDelay;
        while (running) {
            if (!pause.isZero() && !pause.isNegative()) {
                LockSupport.parkNanos(pause.toNanos());
                pause = Duration.ZERO;
                continue;
            }
            pause = oneRound();
        }
        closeSession();
    }

    private Duration oneRound() {
        try {
            Duration pause = round.run(subscription());
            if (failing) {
                LOG.info(() -> name + " working again");
                failing = false;
            }
            return pause;
        } catch (RuntimeException | JMSException e) {
            if (!failing) {
                LOG.log(Level.WARNING, () -> name + " cannot work yet (will retry): " + e.getMessage());
                failing = true;
            }
            closeSession();
            return retryDelay;
        }
    }

    private Subscription subscription() {
        if (subscription == null) {
            JMSContext session = factory.createContext(JMSContext.SESSION_TRANSACTED);
            try {
                subscription = new Subscription(session, subscribe.apply(session));
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
        return subscription;
    }

    private void closeSession() {
        if (subscription != null) {
            try {
                subscription.session().close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken consumer session failed; a new one is opened", e);
            }
            subscription = null;
        }
    }

    /**
     * Stops the loop: the current round finishes (up to {@code grace}), the session is closed (what was not committed
     * is redelivered to the next consumer) and the session source closed.
     */
    public void stop(Duration grace) {
        if (thread == null) {
            return;
        }
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warning(() -> name + " did not stop within " + grace.toSeconds() + " s; closing its broker connection");
        }
        factory.close();
    }
}
