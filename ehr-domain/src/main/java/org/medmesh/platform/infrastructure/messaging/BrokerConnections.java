package org.medmesh.platform.infrastructure.messaging;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.platform.application.BrokerAddress;

/**
 * Connection factories for a broker, made here and nowhere else in the node. Each caller closes the factory it gets
 * (which closes the connections made from it) when it stops.
 */
public final class BrokerConnections {

    private BrokerConnections() {
    }

    /** The node's own broker, signed in as the node's account. */
    public static ActiveMQConnectionFactory node(BrokerAddress address) {
        return signedIn(address.clientUrl(), address.user(), address.password());
    }

    /** A broker at {@code url} (Artemis core URL, e.g. {@code tcp://host:port?sslEnabled=true}) under an account. */
    public static ActiveMQConnectionFactory signedIn(String url, String user, String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        factory.setUser(user);
        factory.setPassword(password);
        return factory;
    }

    /**
     * The node's broker for a health check: a connection attempt is made once and a call waits at most
     * {@code timeoutMillis}, where the other factories keep reconnecting.
     */
    public static ActiveMQConnectionFactory failingFast(BrokerAddress address, long timeoutMillis) {
        ActiveMQConnectionFactory factory = node(address);
        factory.setCallTimeout(timeoutMillis);
        factory.setReconnectAttempts(0);
        factory.setInitialConnectAttempts(1);
        return factory;
    }
}
