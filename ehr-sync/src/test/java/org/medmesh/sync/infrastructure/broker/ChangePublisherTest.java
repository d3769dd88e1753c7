package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * The relay's sends on a real broker. A node that stopped after the broker took a batch and before its outbox recorded
 * it sends those events again with the next ones: the broker refuses a transaction holding a duplicate, so without care
 * the relay would retry that batch forever and replication from the hospital would stop.
 */
class ChangePublisherTest {

    @TempDir
    Path data;

    private EmbeddedBroker broker;
    private ChangePublisher publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aBatchHoldingEventsTheBrokerAlreadyHasIsSentAndEachEventQueuedOnce() throws JMSException {
        BrokerSettings settings = TestBrokers.settings("hospA", TestBrokers.freePort(), data,
                "hospB=tcp://127.0.0.1:1,hospC=tcp://127.0.0.1:2");
        broker = TestBrokers.started(settings);
        publisher = new ChangePublisher();
        publisher.settings = settings;
        publisher.seals = ChangeSeals.standalone("hospA", TestBrokers.NETWORK.resolve("hospA/signing-key.pem"),
                TestBrokers.NETWORK.resolve("network-keys"));
        publisher.connect();
        DomainEvent first = event(1);
        DomainEvent second = event(2);
        DomainEvent third = event(3);

        publisher.publish(List.of(first, second));
        publisher.publish(List.of(second, third));

        for (String peer : List.of("hospB", "hospC")) {
            assertThat(queuedFor(settings, peer)).as("queued for " + peer).containsExactly(first.id().toString(),
                    second.id().toString(), third.id().toString());
        }
    }

    private static DomainEvent event(int n) {
        return DomainEvent.of("observation.recorded", "Observation", UUID.randomUUID(), UUID.randomUUID(), "hospA",
                "nurse.a", Instant.now(), new Hlc(1_000L + n, 0, new HospitalId("hospA")), VersionVector.empty(),
                "{\"n\":" + n + "}");
    }

    private static List<String> queuedFor(BrokerSettings at, String peer) throws JMSException {
        List<String> ids = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = at.nodeConnections();
                JMSContext context = factory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue(SyncTopology.TO_PEER + peer))) {
            Message message;
            while ((message = consumer.receive(1_000)) != null) {
                ids.add(message.getStringProperty(ChangePublisher.DUPLICATE_ID));
            }
        }
        return ids;
    }
}
