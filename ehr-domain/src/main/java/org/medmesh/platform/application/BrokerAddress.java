package org.medmesh.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this hospital's own message broker is, for every module that talks to it (replication, the analytics topic).
 * With {@code hospital.broker.embedded=true} (the default) the node runs it on {@code hospital.broker.host} and
 * {@code hospital.broker.port}; otherwise clients connect to {@code hospital.broker.url}.
 */
@ApplicationScoped
public class BrokerAddress {

    @Inject
    @ConfigProperty(name = "hospital.broker.embedded", defaultValue = "true")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "hospital.broker.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "hospital.broker.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "hospital.broker.url")
    Optional<String> url;

    /** An embedded broker's address outside a node (a benchmark's or a test's broker). */
    public static BrokerAddress embeddedAt(String host, int port) {
        BrokerAddress address = new BrokerAddress();
        address.embedded = true;
        address.host = host;
        address.port = port;
        address.url = Optional.empty();
        return address;
    }

    public boolean embedded() {
        return embedded;
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** The URL clients of this node use to reach its broker. */
    public String clientUrl() {
        if (embedded) {
            return "tcp://" + host + ":" + port;
        }
        return url.filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hospital.broker.url must be set when hospital.broker.embedded=false"));
    }
}
