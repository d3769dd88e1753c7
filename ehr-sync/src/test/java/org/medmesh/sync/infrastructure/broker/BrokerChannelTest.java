package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;

import java.nio.file.Path;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hospital A's real broker attacked as someone on the same host or network would: without credentials, with a peer's
 * credentials beyond what replication needs, with Artemis's default cluster account, over plain TCP, and with
 * certificates from outside the network or of another hospital.
 */
class BrokerChannelTest {

    /** Artemis's "Unable to validate user". */
    private static final String SIGN_IN_REFUSED = "AMQ229031";
    /** The TLS handshake failed, so no connection exists to sign in on. */
    private static final String NO_CONNECTION = "Failed to create session factory";

    @TempDir
    Path data;

    private EmbeddedBroker broker;
    private BrokerSettings settings;
    private int port;

    @BeforeEach
    void start() {
        port = TestBrokers.freePort();
        settings = TestBrokers.settings("hospA", port, data, "hospB=tcp://127.0.0.1:1,hospC=tcp://127.0.0.1:2");
        broker = TestBrokers.started(settings);
    }

    @AfterEach
    void stop() {
        broker.stop();
    }

    @Test
    void anonymousConnectionsAreRefusedOverTlsAndInVm() {
        try (ActiveMQConnectionFactory overTls = TestBrokers.overTls(port, TestBrokers.NETWORK, "hospB");
                ActiveMQConnectionFactory inVm = new ActiveMQConnectionFactory(settings.clientUrl())) {
            assertRefused(() -> overTls.createContext().close(), SIGN_IN_REFUSED);
            assertRefused(() -> inVm.createContext().close(), SIGN_IN_REFUSED);
            assertRefused(() -> inVm.createContext("hospB", TestBrokers.loginOf("hospB", "hospA")).close(),
                    SIGN_IN_REFUSED);
        }
    }

    @Test
    void aPeerMaySendToTheInboxAndDoNothingElse() {
        try (ActiveMQConnectionFactory factory = TestBrokers.overTls(port, TestBrokers.NETWORK, "hospB");
                JMSContext peer = factory.createContext("hospB", TestBrokers.loginOf("hospB", "hospA"))) {
            peer.createProducer().send(peer.createQueue(SyncTopology.IN), "a change");

            assertRefused(() -> peer.createConsumer(peer.createQueue(SyncTopology.IN)).close(), "'CONSUME'");
            assertRefused(() -> peer.createConsumer(peer.createQueue(SyncTopology.TO_PEER + "hospC")).close(),
                    "'CONSUME'");
            assertRefused(() -> browse(peer, SyncTopology.TO_PEER + "hospC"), "'BROWSE'");
            assertRefused(() -> peer.createProducer().send(peer.createQueue(SyncTopology.TO_PEER + "hospC"), "x"),
                    "'SEND'");
            assertRefused(() -> peer.createProducer().send(peer.createQueue("ehr.sync.invented"), "x"),
                    "'CREATE_ADDRESS'");
            assertRefused(() -> peer.createConsumer(peer.createTopic("ehr.sync.invented")).close(),
                    "'CREATE_ADDRESS'");
            assertRefused(() -> peer.createProducer().send(peer.createQueue("activemq.management"), "list"),
                    "'MANAGE'");
            peer.createProducer().send(peer.createQueue(SyncTopology.IN), "still allowed");
        }
        try (ActiveMQConnectionFactory node = settings.nodeConnections();
                JMSContext context = node.createContext();
                JMSConsumer inbox = context.createConsumer(context.createQueue(SyncTopology.IN))) {
            for (String body : new String[]{"a change", "still allowed"}) {
                Message delivered = inbox.receive(10_000);
                assertThat(delivered).isNotNull();
                assertThat(delivered.getBody(String.class)).isEqualTo(body);
                assertThat(delivered.getStringProperty("_AMQ_VALIDATED_USER")).as("the broker names the sender")
                        .isEqualTo("hospB");
            }
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void artemisDefaultClusterAccountIsRefused() {
        try (ActiveMQConnectionFactory factory = TestBrokers.overTls(port, TestBrokers.NETWORK, "hospB")) {
            assertRefused(() -> factory.createContext("ACTIVEMQ.CLUSTER.ADMIN.USER", "CHANGE ME!!").close(),
                    SIGN_IN_REFUSED);
        }
    }

    @Test
    void plainTcpToTheTlsAcceptorFails() {
        try (ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port
                + "?reconnectAttempts=0&initialConnectAttempts=1&callTimeout=5000")) {
            assertRefused(() -> plain.createContext("hospB", TestBrokers.loginOf("hospB", "hospA")).close(),
                    NO_CONNECTION);
        }
    }

    @Test
    void aCertificateFromOutsideTheNetworkIsRefused() {
        try (ActiveMQConnectionFactory stranger = TestBrokers.overTls(port, TestBrokers.STRANGERS, "hospB")) {
            assertRefused(() -> stranger.createContext("hospB", TestBrokers.loginOf("hospB", "hospA")).close(),
                    NO_CONNECTION);
        }
    }

    @Test
    void aPeersPasswordNeedsThatPeersCertificate() {
        try (ActiveMQConnectionFactory asC = TestBrokers.overTls(port, TestBrokers.NETWORK, "hospC")) {
            assertRefused(() -> asC.createContext("hospB", TestBrokers.loginOf("hospB", "hospA")).close(),
                    SIGN_IN_REFUSED);
            assertRefused(() -> asC.createContext(settings.nodeUser(), settings.nodePassword()).close(),
                    SIGN_IN_REFUSED);
        }
    }

    @Test
    void aLabBrokerSpeaksPlainTcpOnlyWhenAskedAndStillWantsAnAccount(@TempDir Path labData) {
        ChannelSecurity secured = ChannelSecurity.fromDirectory(TestBrokers.NETWORK, "hospB");
        ChannelSecurity lab = new ChannelSecurity(false, null, null, null, null, secured.logins(),
                secured.accounts());
        int labPort = TestBrokers.freePort();
        BrokerSettings labSettings = BrokerSettings.standalone("hospB", "127.0.0.1", labPort, labData, null, lab);
        EmbeddedBroker labBroker = TestBrokers.started(labSettings);
        try (ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + labPort
                + "?reconnectAttempts=0&initialConnectAttempts=1")) {
            assertThat(labBroker.tls()).isFalse();
            assertRefused(() -> plain.createContext().close(), SIGN_IN_REFUSED);
            try (JMSContext peer = plain.createContext("hospA", TestBrokers.loginOf("hospA", "hospB"))) {
                peer.createProducer().send(peer.createQueue(SyncTopology.IN), "over plain TCP");
            }
        } finally {
            labBroker.stop();
        }
        assertThat(broker.tls()).as("the default").isTrue();
    }

    private static void browse(JMSContext context, String queue) {
        try (QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            browser.getEnumeration().hasMoreElements();
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** The attempt fails with the broker's refusal: {@code why} is in its message (an Artemis code, a permission). */
    private static void assertRefused(Runnable attempt, String why) {
        assertThatThrownBy(attempt::run).isInstanceOf(RuntimeException.class).hasMessageContaining(why);
    }
}
