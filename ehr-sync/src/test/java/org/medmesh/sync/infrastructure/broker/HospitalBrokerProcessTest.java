package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.platform.application.BrokerAddress;
import org.medmesh.platform.infrastructure.messaging.BrokerConnections;

/**
 * Hospital A's broker as the process a hospital of several server instances runs ({@link HospitalBrokerMain}'s settings
 * from the node's properties): each instance signs in as the node over TLS with the hospital's certificate and nothing
 * else does; the inbox goes to one instance at a time, in order, and to the next one when it leaves.
 */
class HospitalBrokerProcessTest {

    private static final String NODE_PASSWORD = "node-secret-for-the-test";

    @TempDir
    Path data;

    private EmbeddedBroker broker;
    private int port;
    private ChannelSecurity hospA;

    @BeforeEach
    void start() {
        port = TestBrokers.freePort();
        hospA = ChannelSecurity.fromDirectory(TestBrokers.NETWORK, "hospA");
        Properties node = new Properties();
        node.setProperty("hospital.id", "hospA");
        node.setProperty("hospital.peers", "hospB=tcp://127.0.0.1:1");
        node.setProperty("hospital.broker.host", "127.0.0.1");
        node.setProperty("hospital.broker.port", Integer.toString(port));
        node.setProperty("hospital.broker.data-dir", data.toString());
        node.setProperty("hospital.broker.node-password", NODE_PASSWORD);
        node.setProperty("hospital.broker.keystore", hospA.keyStore());
        node.setProperty("hospital.broker.keystore-password", hospA.keyStorePassword());
        node.setProperty("hospital.broker.truststore", hospA.trustStore());
        node.setProperty("hospital.broker.truststore-password", hospA.trustStorePassword());
        node.setProperty("hospital.broker.peer.hospB.account", hospA.accounts().get("hospB"));
        node.setProperty("hospital.broker.peer.hospB.login", hospA.logins().get("hospB"));
        broker = EmbeddedBroker.startStandalone(HospitalBrokerMain.settings(node));
    }

    @AfterEach
    void stop() {
        broker.shutdown();
    }

    @Test
    void anInstanceSignsInAsTheNodeWithTheHospitalsCertificateAndNobodyElseDoes() {
        try (ActiveMQConnectionFactory instance = BrokerConnections.node(instance(NODE_PASSWORD));
                JMSContext context = instance.createContext(JMSContext.SESSION_TRANSACTED)) {
            context.createProducer().send(context.createQueue(SyncTopology.IN), "a change");
            context.commit();
            assertThat(context.createConsumer(context.createQueue(SyncTopology.IN)).receiveBody(String.class, 5_000))
                    .isEqualTo("a change");
            context.commit();
        }
        try (ActiveMQConnectionFactory wrongPassword = BrokerConnections.node(instance("guessed"))) {
            assertThatThrownBy(() -> wrongPassword.createContext().close()).isInstanceOf(JMSRuntimeException.class)
                    .hasMessageContaining("AMQ229031");
        }
        try (ActiveMQConnectionFactory peersCertificate = TestBrokers.overTls(port, TestBrokers.NETWORK, "hospB")) {
            assertThatThrownBy(() -> peersCertificate.createContext(BrokerAddress.NODE_ACCOUNT, NODE_PASSWORD)
                    .close()).as("the node's account with another hospital's certificate")
                    .isInstanceOf(JMSRuntimeException.class).hasMessageContaining("AMQ229031");
        }
    }

    @Test
    void theInboxGoesToOneInstanceAtATimeAndWhatItHadNotAcknowledgedToTheNextWhenItLeaves()
            throws jakarta.jms.JMSException {
        try (ActiveMQConnectionFactory factory = BrokerConnections.node(instance(NODE_PASSWORD));
                JMSContext sender = factory.createContext();
                JMSContext first = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
                JMSContext second = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            JMSConsumer atFirst = first.createConsumer(first.createQueue(SyncTopology.IN));
            JMSConsumer atSecond = second.createConsumer(second.createQueue(SyncTopology.IN));
            for (int i = 1; i <= 6; i++) {
                sender.createProducer().send(sender.createQueue(SyncTopology.IN), "change " + i);
            }
            JMSConsumer holder = atFirst;
            JMSContext holding = first;
            Message firstMessage = atFirst.receive(5_000);
            if (firstMessage == null) {
                holder = atSecond;
                holding = second;
                firstMessage = atSecond.receive(5_000);
            }
            assertThat(firstMessage).as("one instance receives").isNotNull();
            JMSConsumer other = holder == atFirst ? atSecond : atFirst;
            assertThat(body(firstMessage)).isEqualTo("change 1");
            firstMessage.acknowledge();
            assertThat(body(holder.receive(5_000))).isEqualTo("change 2");
            assertThat(other.receiveNoWait()).as("the other instance receives nothing meanwhile").isNull();

            holding.close();

            java.util.List<String> takenOver = new java.util.ArrayList<>();
            for (Message next = other.receive(10_000); next != null; next = other.receive(1_000)) {
                takenOver.add(body(next));
                next.acknowledge();
            }
            assertThat(takenOver).as("what the first had not acknowledged, once each, at the instance that took over")
                    .containsExactlyInAnyOrder("change 2", "change 3", "change 4", "change 5", "change 6");
        }
    }

    private BrokerAddress instance(String nodePassword) {
        return BrokerAddress.ownProcessAt("127.0.0.1", port, nodePassword, new BrokerAddress.ClientTls(
                hospA.keyStore(), hospA.keyStorePassword(), hospA.trustStore(), hospA.trustStorePassword()));
    }

    private static String body(Message message) {
        try {
            return message.getBody(String.class);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
