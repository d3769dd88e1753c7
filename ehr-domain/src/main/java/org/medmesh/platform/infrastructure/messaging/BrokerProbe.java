package org.medmesh.platform.infrastructure.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Checks a broker by opening and closing one connection through a factory that fails fast. */
public final class BrokerProbe implements AutoCloseable {

    /** How a probe found the broker: reachable, and a description naming it (and why not, when down). */
    public record Result(boolean up, String detail) {
    }

    private final String url;
    private final ActiveMQConnectionFactory factory;

    /**
     * Probes through {@code factory} (from {@link BrokerConnections#failingFast}; the probe closes it), naming the
     * broker by {@code url} in its answers.
     */
    public BrokerProbe(ActiveMQConnectionFactory factory, String url) {
        this.url = url;
        this.factory = factory;
    }

    public Result check() {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            return new Result(true, url);
        } catch (JMSException | RuntimeException e) {
            return new Result(false, url + " unreachable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
