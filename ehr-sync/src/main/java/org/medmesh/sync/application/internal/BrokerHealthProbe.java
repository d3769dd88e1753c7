package org.medmesh.sync.application.internal;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.sync.application.BrokerHealth;

/** Checks a broker by opening and closing one JMS connection, failing fast instead of reconnecting. */
public final class BrokerHealthProbe implements AutoCloseable {

    private final String url;
    private final ActiveMQConnectionFactory factory;

    /** Probes through {@code factory} (which it closes), naming the broker by {@code url} in its answers. */
    public BrokerHealthProbe(ActiveMQConnectionFactory factory, String url) {
        this.url = url;
        this.factory = factory;
        factory.setCallTimeout(2_000);
        factory.setReconnectAttempts(0);
        factory.setInitialConnectAttempts(1);
    }

    public BrokerHealth.Status check() {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            return new BrokerHealth.Status(true, url);
        } catch (JMSException | RuntimeException e) {
            return new BrokerHealth.Status(false, url + " unreachable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
