package org.medmesh.platform.infrastructure.messaging;

import jakarta.jms.JMSContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends batches of messages to a broker, one broker transaction per batch, on a session kept open between batches and
 * opened again after a failure. Every message carries a duplicate id ({@link #DUPLICATE_ID}): when the broker refuses a
 * batch because it already has one of its messages (sent before a crash and not yet recorded as sent), the batch is
 * sent again one message per transaction and the messages the broker has are skipped. One batch at a time.
 *
 * @param <T> what a message is made from
 */
public final class TransactedPublisher<T> implements AutoCloseable {

    /** Artemis drops a second message with the same value of this property. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    /** Sends one message for an item on the batch's session. */
    @FunctionalInterface
    public interface Send<T> {

        void send(JMSContext session, T item);
    }

    private static final Logger LOG = Logger.getLogger(TransactedPublisher.class.getName());

    private final String name;
    private final ActiveMQConnectionFactory factory;
    private final Consumer<JMSContext> opened;
    private final Send<T> send;
    private JMSContext session;

    /**
     * @param name what is published, for the log
     * @param factory the broker's factory, closed with the publisher
     * @param opened run on every new session before its first send (creating destinations, subscriptions)
     */
    public TransactedPublisher(String name, ActiveMQConnectionFactory factory, Consumer<JMSContext> opened,
            Send<T> send) {
        this.name = name;
        this.factory = factory;
        this.opened = opened;
        this.send = send;
    }

    /**
     * Sends the batch in one broker transaction; when this returns the broker has persisted all of it. Throws the
     * broker's failure (nothing of the batch is sent then) unless it was only a duplicate.
     */
    public synchronized void publish(List<T> batch) {
        try {
            JMSContext current = session();
            batch.forEach(item -> send.send(current, item));
            current.commit();
        } catch (RuntimeException e) {
            closeSession();
            if (!duplicate(e)) {
                throw e;
            }
            LOG.info(() -> "The broker already had some of " + batch.size() + " " + name
                    + "; sending them one by one");
            batch.forEach(this::publishAlone);
        }
    }

    private void publishAlone(T item) {
        try {
            JMSContext current = session();
            send.send(current, item);
            current.commit();
        } catch (RuntimeException e) {
            closeSession();
            if (!duplicate(e)) {
                throw e;
            }
        }
    }

    /**
     * Whether the broker refused a send as a duplicate ({@code ActiveMQDuplicateIdException} anywhere in the chain).
     */
    public static boolean duplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActiveMQDuplicateIdException
                    || String.valueOf(t.getMessage()).contains("Duplicate message detected")) {
                return true;
            }
        }
        return false;
    }

    private JMSContext session() {
        if (session == null) {
            JMSContext fresh = factory.createContext(JMSContext.SESSION_TRANSACTED);
            try {
                opened.accept(fresh);
            } catch (RuntimeException e) {
                fresh.close();
                throw e;
            }
            session = fresh;
        }
        return session;
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken publisher session failed; a new one is opened", e);
            }
            session = null;
        }
    }

    /** Closes the session and the factory. */
    @Override
    public synchronized void close() {
        closeSession();
        factory.close();
    }
}
