package org.medmesh.platform.infrastructure.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A real Artemis broker on a loopback port with a file journal, which can be stopped and started again on the same port
 * and journal (a broker restart as clients see it). Security is off: these tests are about the adapter's sessions.
 */
final class TestBroker implements AutoCloseable {

    private final Path journal;
    private final int port;
    private EmbeddedActiveMQ server;

    TestBroker(Path journal) {
        this.journal = journal;
        this.port = freePort();
    }

    TestBroker start() {
        try {
            Configuration configuration = new ConfigurationImpl().setSecurityEnabled(false).setPersistenceEnabled(true)
                    .setJournalType(JournalType.NIO).setJournalDirectory(journal.resolve("journal").toString())
                    .setBindingsDirectory(journal.resolve("bindings").toString())
                    .setPagingDirectory(journal.resolve("paging").toString())
                    .setLargeMessagesDirectory(journal.resolve("large").toString());
            configuration.addAcceptorConfiguration("test", "tcp://127.0.0.1:" + port);
            server = new EmbeddedActiveMQ().setConfiguration(configuration);
            server.start();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("test broker did not start", e);
        }
    }

    void stop() {
        try {
            if (server != null) {
                server.stop();
            }
            server = null;
        } catch (Exception e) {
            throw new IllegalStateException("test broker did not stop", e);
        }
    }

    /** A factory made by the adapter, retrying for ever like the node's (the caller closes it). */
    ActiveMQConnectionFactory connections() {
        return BrokerConnections.signedIn(url(), "test", "test");
    }

    String url() {
        return "tcp://127.0.0.1:" + port + "?reconnectAttempts=-1&retryInterval=100";
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
