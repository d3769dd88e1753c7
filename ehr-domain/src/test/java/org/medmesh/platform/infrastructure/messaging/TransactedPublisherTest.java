package org.medmesh.platform.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher on a real broker: a batch is one transaction, a batch holding messages the broker already has (sent
 * before a crash, not yet recorded as sent) still delivers each message once, and a publisher outlives a broker
 * restart.
 */
class TransactedPublisherTest {

    private static final String QUEUE = "test.published";

    @TempDir
    Path journal;

    private TestBroker broker;
    private TransactedPublisher<String> publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aBatchHoldingMessagesTheBrokerAlreadyHasDeliversEachMessageOnce() throws JMSException {
        broker = new TestBroker(journal).start();
        publisher = publisherOf(broker.connections());

        publisher.publish(List.of("first", "second"));
        publisher.publish(List.of("second", "third"));

        assertThat(queued()).containsExactly("first", "second", "third");
    }

    @Test
    void aFailedBatchSendsNothingAndTheNextOneGoesOutOnANewSession() throws JMSException {
        broker = new TestBroker(journal).start();
        publisher = publisherOf(broker.connections());
        List<String> opened = new ArrayList<>();
        publisher.close();
        publisher = new TransactedPublisher<>("test messages", broker.connections(), session -> opened.add("open"),
                (session, item) -> {
                    if (item.equals("poison")) {
                        throw new IllegalStateException("cannot send " + item);
                    }
                    send(session, item);
                });

        assertThatThrownBy(() -> publisher.publish(List.of("kept back", "poison")))
                .hasMessageContaining("cannot send poison");
        publisher.publish(List.of("after"));

        assertThat(queued()).containsExactly("after");
        assertThat(opened).hasSize(2);
    }

    @Test
    void aPublisherOutlivesABrokerRestart() throws JMSException {
        broker = new TestBroker(journal).start();
        publisher = publisherOf(broker.connections());
        publisher.publish(List.of("before"));

        broker.stop();
        broker.start();
        publisher.publish(List.of("after"));

        assertThat(queued()).containsExactly("before", "after");
    }

    @Test
    void onlyADuplicateCountsAsAlreadySent() {
        assertThat(TransactedPublisher.duplicate(new RuntimeException("wrapped", new IllegalStateException(
                "AMQ229031: Duplicate message detected - message will not be routed")))).isTrue();
        assertThat(TransactedPublisher.duplicate(new RuntimeException("connection refused"))).isFalse();
    }

    private static TransactedPublisher<String> publisherOf(ActiveMQConnectionFactory factory) {
        return new TransactedPublisher<>("test messages", factory, session -> {
        }, TransactedPublisherTest::send);
    }

    private static void send(JMSContext session, String item) {
        session.createProducer().setProperty(TransactedPublisher.DUPLICATE_ID, item)
                .send(session.createQueue(QUEUE), item);
    }

    private List<String> queued() throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = broker.connections();
                JMSContext context = factory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue(QUEUE))) {
            Message message;
            while ((message = consumer.receive(500)) != null) {
                bodies.add(message.getBody(String.class));
            }
        }
        return bodies;
    }
}
