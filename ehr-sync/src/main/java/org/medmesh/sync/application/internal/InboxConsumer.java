package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.platform.application.DatabaseHealth;
import org.medmesh.sync.application.QuarantineReason;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.broker.ChangePublisher;
import org.medmesh.sync.infrastructure.broker.PeerMessenger;
import org.medmesh.sync.infrastructure.broker.RepairMessages;
import org.medmesh.sync.infrastructure.broker.SyncTopology;

/**
 * Applies the changes peers send to this hospital's {@value SyncTopology#IN}, in arrival order, as they arrive, on its
 * own thread (each round waits up to {@value #WAIT_MILLIS} ms for a first message, then takes what is there). Each
 * message is applied in its own database transaction and only then acknowledged (transacted JMS session): a crash in
 * between redelivers it, and the inbox makes the second apply a no-op. A message that fails while the database is
 * healthy is retried, and after {@value #ATTEMPTS} attempts kept in quarantine so the rest can flow; a message that is
 * not a change at all is quarantined at once. Nothing is dropped.
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class InboxConsumer {

    static final int ATTEMPTS = 5;
    /** Set by the broker on every message: the account that sent it (for a peer's bridge, the peer's id). */
    static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";
    private static final int MAX_PER_ROUND = 1_000;
    static final long WAIT_MILLIS = 500;
    static final int BATCH = 100;
    /** Pause after a rolled-back message or a broken session before the next round. */
    private static final long RETRY_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Logger LOG = Logger.getLogger(InboxConsumer.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BrokerSettings settings;

    @Inject
    InboxApplier applier;

    @Inject
    DatabaseHealth database;

    @Inject
    AntiEntropy antiEntropy;

    @Inject
    AuditCheckpointExchange checkpoints;

    private final Map<String, Integer> failedAttempts = new HashMap<>();
    private ActiveMQConnectionFactory factory;
    private JMSContext context;
    private JMSConsumer consumer;
    private Thread loop;
    private volatile boolean running;
    private volatile boolean failing;
    private volatile long retryAt;
    /** The next round takes messages one at a time (after a batch was handed back). */
    private boolean singly;

    @PostConstruct
    void start() {
        factory = settings.nodeConnections();
        retryAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        running = true;
        loop = threads.newThread(this::consume);
        loop.setName("medmesh-inbox-consumer");
        loop.start();
    }

    private void consume() {
        while (running) {
            long pause = retryAt - System.nanoTime();
            if (pause > 0) {
                LockSupport.parkNanos(pause);
                continue;
            }
            drain();
        }
    }

    private void drain() {
        try {
            Message first = consumer().receive(WAIT_MILLIS);
            if (first != null && singly) {
                singly = false;
                handleOneAtATime(first);
            } else if (first != null) {
                handleAsBatch(first);
            }
            if (failing) {
                LOG.info("Inbox consumer applying changes again");
                failing = false;
            }
        } catch (RuntimeException | JMSException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Inbox consumer cannot receive yet (will retry): " + e.getMessage());
                failing = true;
            }
            close();
            retryAt = System.nanoTime() + RETRY_DELAY_NANOS;
        }
    }

    /**
     * Takes the changes waiting behind the first message (up to {@value #BATCH}) and applies them in one database
     * transaction, then acknowledges them all: under load, one commit per batch instead of one per change. When the
     * batch holds anything but well-formed changes (a digest, a repair, a malformed message), or when applying it
     * fails, the session is rolled back (the broker redelivers the same messages in the same order) and the next round
     * takes them one at a time, where retries and quarantine apply. A lone message that is not a change is handled at
     * once.
     */
    private void handleAsBatch(Message first) throws JMSException {
        List<Message> batch = new ArrayList<>();
        batch.add(first);
        Message next;
        while (batch.size() < BATCH && (next = consumer().receiveNoWait()) != null) {
            batch.add(next);
        }
        List<Change> changes = changesIn(batch);
        if (changes == null && batch.size() == 1) {
            handleOneAtATime(first);
            return;
        }
        if (changes != null) {
            try {
                applier.applyAll(changes);
                context.commit();
                return;
            } catch (RuntimeException e) {
                LOG.fine(() -> "A batch of " + changes.size() + " changes failed; taking them one at a time");
            }
        }
        context.rollback();
        singly = true;
    }

    /** The changes the messages carry, or null when one of them is not a well-formed change. */
    private static List<Change> changesIn(List<Message> batch) throws JMSException {
        List<Change> changes = new ArrayList<>();
        for (Message message : batch) {
            if (message.getStringProperty(PeerMessenger.KIND) != null) {
                return null;
            }
            try {
                changes.add(ChangeMessage.read(message.getBody(String.class)).toChange());
            } catch (RuntimeException malformed) {
                return null;
            }
        }
        return changes;
    }

    /** Handles the first message and those behind it (up to {@value #MAX_PER_ROUND}), each acknowledged on its own. */
    private void handleOneAtATime(Message first) throws JMSException {
        for (int i = 0; i < MAX_PER_ROUND; i++) {
            Message message = i == 0 ? first : consumer().receiveNoWait();
            if (message == null) {
                return;
            }
            if (!handled(message)) {
                retryAt = System.nanoTime() + RETRY_DELAY_NANOS;
                return;
            }
        }
    }

    /** Applies one message and acknowledges it; false when it was rolled back to be retried. */
    private boolean handled(Message message) throws JMSException {
        String id = message.getStringProperty(ChangePublisher.DUPLICATE_ID);
        String messageId = id != null ? id : message.getJMSMessageID();
        String body = message.getBody(String.class);
        String kind = message.getStringProperty(PeerMessenger.KIND);
        String sender = message.getStringProperty(VALIDATED_USER);
        String what = kind;
        Runnable work;
        if (kind != null) {
            work = () -> handleKind(kind, body, sender);
        } else {
            Change change;
            try {
                change = ChangeMessage.read(body).toChange();
            } catch (RuntimeException malformed) {
                LOG.warning(() -> "Quarantined malformed sync message " + messageId + " from broker account " + sender
                        + ": " + malformed.getMessage());
                applier.quarantine(messageId, body, malformed.getMessage(), 1, QuarantineReason.MALFORMED, sender);
                context.commit();
                return true;
            }
            what = change.type();
            work = () -> applier.apply(change, messageId, body, sender);
        }
        try {
            work.run();
            context.commit();
            failedAttempts.remove(messageId);
            return true;
        } catch (RuntimeException e) {
            return retryOrQuarantine(messageId, body, what, sender, e);
        }
    }

    /**
     * A digest from a peer (answered with repairs), repairs sent by a peer (merged, each state checked against its
     * origin's seal), or an audit checkpoint message. A digest is answered only to the peer whose broker account
     * delivered it.
     */
    private void handleKind(String kind, String body, String sender) {
        switch (kind) {
            case RepairMessages.DIGEST -> antiEntropy.answer(RepairMessages.readDigest(body), sender);
            case RepairMessages.REPAIR -> applier.repair(RepairMessages.readRepair(body).states(), sender);
            default -> checkpoints.receive(kind, body, sender);
        }
    }

    private boolean retryOrQuarantine(String messageId, String body, String what, String sender,
            RuntimeException failure) throws JMSException {
        if (!database.check().up()) {
            context.rollback();
            throw new IllegalStateException("the hospital database is unavailable", failure);
        }
        int attempts = failedAttempts.merge(messageId, 1, Integer::sum);
        String reason = rootMessage(failure);
        String kind = kind(failure);
        if (attempts < ATTEMPTS) {
            LOG.warning(() -> "Applying " + what + " " + messageId + " failed (attempt " + attempts
                    + ", will retry): " + kind);
            context.rollback();
            return false;
        }
        LOG.severe(() -> "Quarantined " + what + " " + messageId + " after " + attempts + " attempts: "
                + kind);
        applier.quarantine(messageId, body, reason, attempts, QuarantineReason.FAILED, sender);
        context.commit();
        failedAttempts.remove(messageId);
        return true;
    }

    /** The innermost failure, whole: kept with the quarantined message, in the database that holds the data. */
    private static String rootMessage(Throwable failure) {
        Throwable root = root(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The kind of failure, for the log: a database error's text can quote values, which must not reach logs. */
    private static String kind(Throwable failure) {
        Throwable root = root(failure);
        return root instanceof SQLException sql
                ? "database error " + sql.getSQLState() + "/" + sql.getErrorCode()
                : root.getClass().getSimpleName();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private JMSConsumer consumer() {
        if (context == null) {
            context = factory.createContext(JMSContext.SESSION_TRANSACTED);
            consumer = context.createConsumer(context.createQueue(SyncTopology.IN));
        }
        return consumer;
    }

    private void close() {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken inbox session failed; a new one is opened", e);
            }
            context = null;
            consumer = null;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        LockSupport.unpark(loop);
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        factory.close();
    }
}
