package org.medmesh.sync.infrastructure.broker;

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
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.medmesh.platform.application.DatabaseHealth;
import org.medmesh.platform.infrastructure.messaging.MessageLoop;
import org.medmesh.platform.infrastructure.messaging.MessageLoop.Subscription;
import org.medmesh.sync.application.QuarantineReason;
import org.medmesh.sync.application.internal.AntiEntropy;
import org.medmesh.sync.application.internal.AuditCheckpointExchange;
import org.medmesh.sync.application.internal.InboxApplier;
import org.medmesh.sync.domain.model.Change;

/**
 * Applies the changes peers send to this hospital's {@value SyncTopology#IN}, in arrival order, as they arrive, on its
 * own thread ({@link MessageLoop}; each round waits up to {@value #WAIT_MILLIS} ms for a first message, then takes what
 * is there). Each message is applied in its own database transaction and only then acknowledged (transacted JMS
 * session): a crash in between redelivers it, and the inbox makes the second apply a no-op. A message that fails while
 * the database is healthy is retried, and after {@value #ATTEMPTS} attempts kept in quarantine so the rest can flow; a
 * message that is not a change at all is quarantined at once. Nothing is dropped.
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
    private static final Duration RETRY_DELAY = Duration.ofMillis(100);
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
    private MessageLoop loop;
    /** The next round takes messages one at a time (after a batch was handed back). */
    private boolean singly;

    @PostConstruct
    void start() {
        loop = new MessageLoop("medmesh-inbox-consumer", settings.nodeConnections(),
                session -> session.createConsumer(session.createQueue(SyncTopology.IN)), this::round, RETRY_DELAY);
        loop.start(threads, Duration.ofSeconds(1));
    }

    private Duration round(Subscription inbox) throws JMSException {
        List<Message> batch = inbox.take(singly ? 1 : BATCH, WAIT_MILLIS);
        if (batch.isEmpty()) {
            return Duration.ZERO;
        }
        if (singly) {
            singly = false;
            return handleOneAtATime(inbox, batch.get(0));
        }
        return handleAsBatch(inbox, batch);
    }

    /**
     * Takes the changes waiting behind the first message (up to {@value #BATCH}) and applies them in one database
     * transaction, then acknowledges them all: under load, one commit per batch instead of one per change. When the
     * batch holds anything but well-formed changes (a digest, a repair, a malformed message), or when applying it
     * fails, the session is rolled back (the broker redelivers the same messages in the same order) and the next round
     * takes them one at a time, where retries and quarantine apply. A lone message that is not a change is handled at
     * once.
     */
    private Duration handleAsBatch(Subscription inbox, List<Message> batch) throws JMSException {
        List<Change> changes = changesIn(batch);
        if (changes == null && batch.size() == 1) {
            return handleOneAtATime(inbox, batch.get(0));
        }
        if (changes != null) {
            try {
                applier.applyAll(changes);
                inbox.commit();
                return Duration.ZERO;
            } catch (RuntimeException e) {
                LOG.fine(() -> "A batch of " + changes.size() + " changes failed; taking them one at a time");
            }
        }
        inbox.rollback();
        singly = true;
        return Duration.ZERO;
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

    /**
     * Handles the first message and those behind it (up to {@value #MAX_PER_ROUND}), each acknowledged on its own;
     * pauses before the next round when one was rolled back to be retried.
     */
    private Duration handleOneAtATime(Subscription inbox, Message first) throws JMSException {
        for (int i = 0; i < MAX_PER_ROUND; i++) {
            Message message = i == 0 ? first : inbox.next();
            if (message == null) {
                return Duration.ZERO;
            }
            if (!handled(inbox, message)) {
                return RETRY_DELAY;
            }
        }
        return Duration.ZERO;
    }

    /** Applies one message and acknowledges it; false when it was rolled back to be retried. */
    private boolean handled(Subscription inbox, Message message) throws JMSException {
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
                inbox.commit();
                return true;
            }
            what = change.type();
            work = () -> applier.apply(change, messageId, body, sender);
        }
        try {
            work.run();
            inbox.commit();
            failedAttempts.remove(messageId);
            return true;
        } catch (RuntimeException e) {
            return retryOrQuarantine(inbox, messageId, body, what, sender, e);
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

    private boolean retryOrQuarantine(Subscription inbox, String messageId, String body, String what, String sender,
            RuntimeException failure) throws JMSException {
        if (!database.check().up()) {
            inbox.rollback();
            throw new IllegalStateException("the hospital database is unavailable", failure);
        }
        int attempts = failedAttempts.merge(messageId, 1, Integer::sum);
        String reason = rootMessage(failure);
        String kind = kind(failure);
        if (attempts < ATTEMPTS) {
            LOG.warning(() -> "Applying " + what + " " + messageId + " failed (attempt " + attempts
                    + ", will retry): " + kind);
            inbox.rollback();
            return false;
        }
        LOG.severe(() -> "Quarantined " + what + " " + messageId + " after " + attempts + " attempts: "
                + kind);
        applier.quarantine(messageId, body, reason, attempts, QuarantineReason.FAILED, sender);
        inbox.commit();
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

    @PreDestroy
    void stop() {
        loop.stop(Duration.ofSeconds(10));
    }
}
