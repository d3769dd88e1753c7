package org.medmesh.sync.infrastructure.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.sync.testsupport.TestChannel;

/**
 * Real embedded brokers for tests: settings on free loopback ports, with the channel material the launcher makes
 * ({@code server-config/bin/channel-keys.sh}) for hospitals A, B and C, started and stopped like the node does.
 */
final class TestBrokers {

    /** The network the tests' brokers belong to. */
    static final Path NETWORK = TestChannel.network();
    /** Another network, whose CA the first one does not trust. */
    static final Path STRANGERS = TestChannel.strangers();

    private TestBrokers() {
    }

    static BrokerSettings settings(String hospital, int port, Path data, String peers) {
        return BrokerSettings.standalone(hospital, "127.0.0.1", port, data, peers,
                ChannelSecurity.fromDirectory(NETWORK, hospital));
    }

    static EmbeddedBroker started(BrokerSettings settings) {
        return EmbeddedBroker.startStandalone(settings);
    }

    /** A client of a hospital's broker over its TLS acceptor, presenting {@code as}'s certificate from {@code net}. */
    static ActiveMQConnectionFactory overTls(int port, Path net, String as) {
        ChannelSecurity certificate = ChannelSecurity.fromDirectory(net, as);
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port + "?sslEnabled=true&keyStoreType=PKCS12"
                + "&keyStorePath=" + certificate.keyStore() + "&keyStorePassword=" + certificate.keyStorePassword()
                + "&trustStoreType=PKCS12&trustStorePath=" + certificate.trustStore() + "&trustStorePassword="
                + certificate.trustStorePassword() + "&reconnectAttempts=0&initialConnectAttempts=1");
    }

    /** The password {@code peer} presents at {@code hospital}'s broker. */
    static String loginOf(String peer, String hospital) {
        return ChannelSecurity.fromDirectory(NETWORK, peer).logins().get(hospital);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
