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

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.platform.infrastructure.messaging.TransactedPublisher;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Publishes this hospital's changes to its own broker, each sealed with this hospital's signature and sent to every
 * peer's address ({@link SyncTopology#queueFor}) with the event id as Artemis duplicate id. A batch is one broker
 * transaction: when {@link #publish(List)} returns, the broker has persisted all of it for every peer. When the broker
 * already has some of a batch (the node stopped after an earlier send and before the outbox recorded it), the rest is
 * sent and those are skipped ({@link TransactedPublisher}).
 */
@ApplicationScoped
public class ChangePublisher {

    /** Artemis drops a second message with the same value of this property. */
    public static final String DUPLICATE_ID = TransactedPublisher.DUPLICATE_ID;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BrokerSettings settings;

    @Inject
    ChangeSeals seals;

    private TransactedPublisher<DomainEvent> publisher;
    /** The peers' queues on the publisher's current session. */
    private List<Queue> peerQueues;

    @PostConstruct
    void connect() {
        seals.check();
        publisher = new TransactedPublisher<>("outgoing changes", settings.nodeConnections(), this::opened,
                this::send);
    }

    public void publish(List<DomainEvent> batch) {
        publisher.publish(batch);
    }

    private void opened(JMSContext session) {
        peerQueues = settings.peers().stream().map(peer -> session.createQueue(SyncTopology.queueFor(peer))).toList();
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

    @PreDestroy
    void close() {
        publisher.close();
    }
}
