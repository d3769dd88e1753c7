package org.medmesh.sync.infrastructure.broker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Publishes this hospital's changes to its own broker, each sealed with this hospital's signature and sent to every
 * peer's address ({@link SyncTopology#queueFor}) with the event id as Artemis duplicate id. A batch is one broker
 * transaction: when {@link #publish(List)} returns, the broker has persisted all of it for every peer.
 */
@ApplicationScoped
public class ChangePublisher {

    /** Artemis drops a second message with the same value of this property. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(ChangePublisher.class.getName());

    @Inject
    BrokerSettings settings;

    @Inject
    ChangeSeals seals;

    private ActiveMQConnectionFactory factory;
    private JMSContext context;
    private List<Queue> peerQueues;

    @PostConstruct
    void connect() {
        factory = settings.nodeConnections();
        seals.check();
    }

    /**
     * Sends the batch in one broker transaction. When the broker already has one of its events (the node stopped after
     * an earlier send and before the outbox recorded it), Artemis refuses the whole transaction; the batch is then sent
     * again one event per transaction, and the events the broker already has are skipped — it forwarded them the first
     * time.
     */
    public synchronized void publish(List<DomainEvent> batch) {
        try {
            JMSContext session = session();
            batch.forEach(event -> send(session, event));
            session.commit();
        } catch (RuntimeException e) {
            closeSession();
            if (!duplicate(e)) {
                throw e;
            }
            LOG.info(() -> "The broker already had some of " + batch.size()
                    + " outgoing changes; sending them one by one");
            publishOneByOne(batch);
        }
    }

    private void publishOneByOne(List<DomainEvent> batch) {
        for (DomainEvent event : batch) {
            try {
                JMSContext session = session();
                send(session, event);
                session.commit();
            } catch (RuntimeException e) {
                closeSession();
                if (!duplicate(e)) {
                    throw e;
                }
            }
        }
    }

    private void send(JMSContext session, DomainEvent event) {
        String body = JSON.toJson(ChangeMessage.of(event, seals.seal(event)));
        JMSProducer producer = session.createProducer()
                .setProperty(DUPLICATE_ID, event.id().toString())
                .setProperty("medmeshOrigin", event.originHospital())
                .setProperty("medmeshType", event.type());
        for (Queue peer : peerQueues) {
            producer.send(peer, body);
        }
    }

    /**
     * Whether the broker refused a send as a duplicate ({@code ActiveMQDuplicateIdException} anywhere in the chain).
     */
    static boolean duplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActiveMQDuplicateIdException || String.valueOf(t.getMessage()).contains(
                    "Duplicate message detected")) {
                return true;
            }
        }
        return false;
    }

    private JMSContext session() {
        if (context == null) {
            context = factory.createContext(JMSContext.SESSION_TRANSACTED);
            JMSContext opened = context;
            peerQueues = settings.peers().stream().map(peer -> opened.createQueue(SyncTopology.queueFor(peer)))
                    .toList();
        }
        return context;
    }

    private void closeSession() {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken publisher session failed; a new one is opened", e);
            }
            context = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        closeSession();
        factory.close();
    }
}
