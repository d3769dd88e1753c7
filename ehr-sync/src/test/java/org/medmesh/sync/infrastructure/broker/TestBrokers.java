package org.medmesh.sync.infrastructure.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;

/** Real embedded brokers for tests: settings on free loopback ports, started and stopped like the node does. */
final class TestBrokers {

    private TestBrokers() {
    }

    static BrokerSettings settings(int port, Path data, String peers) {
        BrokerSettings settings = new BrokerSettings();
        settings.embedded = true;
        settings.host = "127.0.0.1";
        settings.port = port;
        settings.dataDir = Optional.of(data.toString());
        settings.url = Optional.empty();
        settings.peers = Optional.ofNullable(peers);
        return settings;
    }

    static EmbeddedBroker started(BrokerSettings settings) {
        EmbeddedBroker broker = new EmbeddedBroker();
        broker.settings = settings;
        broker.start();
        return broker;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
