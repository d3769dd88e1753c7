package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.sync.testsupport.TestChannel;

/**
 * Two hospitals' real brokers bridged as configured in production (mutual TLS, each bridge signed in as its hospital,
 * whatever default stores the JVM names): what A publishes on its address for B reaches B's inbox queue once, never
 * comes back to A, survives B being down, and duplicates (same duplicate id) are dropped.
 */
class SyncBridgeTest {

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    private final List<EmbeddedBroker> running = new ArrayList<>();
    private final Properties before = new Properties();

    /**
     * As in Payara, the JVM's default key and trust stores are set (there, Payara's own): the bridges must use the
     * channel's stores all the same.
     */
    @BeforeEach
    void jvmStoresOfTheApplicationServer() {
        Path strangers = TestChannel.strangers().resolve("hospA");
        String password = ChannelSecurity.fromDirectory(TestChannel.strangers(), "hospA").keyStorePassword();
        before.putAll(System.getProperties());
        System.setProperty("javax.net.ssl.keyStore", strangers.resolve("broker-keystore.p12").toString());
        System.setProperty("javax.net.ssl.keyStorePassword", password);
        System.setProperty("javax.net.ssl.trustStore", strangers.resolve("broker-truststore.p12").toString());
        System.setProperty("javax.net.ssl.trustStorePassword", password);
    }

    @AfterEach
    void stopBrokers() {
        running.forEach(EmbeddedBroker::stop);
        for (String name : List.of("javax.net.ssl.keyStore", "javax.net.ssl.keyStorePassword",
                "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword")) {
            if (before.containsKey(name)) {
                System.setProperty(name, before.getProperty(name));
            } else {
                System.clearProperty(name);
            }
        }
    }

    @Test
    void shouldDeliverEachChangeOnceToThePeerAndNeverEchoIt() throws JMSException {
        int portA = TestBrokers.freePort();
        int portB = TestBrokers.freePort();
        BrokerSettings a = TestBrokers.settings("hospA", portA, dataA, "hospB=tcp://127.0.0.1:" + portB);
        BrokerSettings b = TestBrokers.settings("hospB", portB, dataB, "hospA=tcp://127.0.0.1:" + portA);
        running.add(TestBrokers.started(a));
        running.add(TestBrokers.started(b));

        for (int i = 0; i < 20; i++) {
            publish(a, "change-" + i);
        }
        publish(a, "change-7");
        publish(a, "change-7");

        assertThat(drain(b, 20)).containsExactlyInAnyOrderElementsOf(names(20));
        assertThat(drain(b, 1)).as("duplicates dropped").isEmpty();
        assertThat(drain(a, 1)).as("no echo to the origin").isEmpty();
    }

    @Test
    void shouldHoldChangesWhileThePeerIsDownAndDeliverThemWhenItReturns() throws JMSException {
        int portA = TestBrokers.freePort();
        int portB = TestBrokers.freePort();
        BrokerSettings a = TestBrokers.settings("hospA", portA, dataA, "hospB=tcp://127.0.0.1:" + portB);
        BrokerSettings b = TestBrokers.settings("hospB", portB, dataB, "hospA=tcp://127.0.0.1:" + portA);
        running.add(TestBrokers.started(a));

        for (int i = 0; i < 10; i++) {
            publish(a, "change-" + i);
        }
        running.add(TestBrokers.started(b));

        assertThat(drain(b, 10)).containsExactlyInAnyOrderElementsOf(names(10));
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("change-" + i);
        }
        return names;
    }

    private static void publish(BrokerSettings from, String id) {
        try (ActiveMQConnectionFactory factory = from.nodeConnections();
                JMSContext context = factory.createContext()) {
            JMSProducer producer = context.createProducer().setProperty("_AMQ_DUPL_ID", id);
            for (var peer : from.peers()) {
                producer.send(context.createQueue(SyncTopology.queueFor(peer)), id);
            }
        }
    }

    /** Receives up to {@code expected} messages from the hospital's inbox queue, waiting up to 20 s for each. */
    private static List<String> drain(BrokerSettings at, int expected) throws JMSException {
        List<String> received = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = at.nodeConnections();
                JMSContext context = factory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue(SyncTopology.IN))) {
            long wait = expected == 1 ? 1_500 : 20_000;
            for (int i = 0; i < expected; i++) {
                Message message = consumer.receive(wait);
                if (message == null) {
                    break;
                }
                received.add(((TextMessage) message).getText());
            }
        }
        return received;
    }
}
