package org.medmesh.platform.infrastructure.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.platform.application.BrokerAddress;

/**
 * Connection factories for a broker, made here and nowhere else in the node. Each caller closes the factory it gets
 * (which closes the connections made from it) when it stops.
 */
public final class BrokerConnections {

    private BrokerConnections() {
    }

    /**
     * The node's own broker, signed in as the node's account: in-VM when embedded; over TLS with the hospital's
     * certificate when it runs as a process of its own (the stores' passwords never pass through a URL, which Artemis
     * may show in its messages).
     */
    public static ActiveMQConnectionFactory node(BrokerAddress address) {
        Optional<BrokerAddress.ClientTls> tls = address.clientTls();
        if (tls.isEmpty()) {
            return signedIn(address.clientUrl(), address.user(), address.password());
        }
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, address.host());
        params.put(TransportConstants.PORT_PROP_NAME, address.port());
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, tls.get().keyStore());
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, tls.get().keyStorePassword());
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, tls.get().trustStore());
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, tls.get().trustStorePassword());
        params.put(TransportConstants.VERIFY_HOST_PROP_NAME, true);
        // Payara sets the JVM's javax.net.ssl stores to its own; these parameters must win over them.
        params.put(TransportConstants.FORCE_SSL_PARAMETERS, true);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(false,
                new TransportConfiguration(NettyConnectorFactory.class.getName(), params));
        factory.setUser(address.user());
        factory.setPassword(address.password());
        return factory;
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
