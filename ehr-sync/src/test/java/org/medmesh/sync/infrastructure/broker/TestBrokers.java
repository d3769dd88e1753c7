package org.medmesh.sync.infrastructure.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Real embedded brokers for tests: settings on free loopback ports, started and stopped like the node does. */
final class TestBrokers {

    private TestBrokers() {
    }

    static BrokerSettings settings(int port, Path data, String peers) {
        return BrokerSettings.standalone("127.0.0.1", port, data, peers);
    }

    static EmbeddedBroker started(BrokerSettings settings) {
        return EmbeddedBroker.startStandalone(settings);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
