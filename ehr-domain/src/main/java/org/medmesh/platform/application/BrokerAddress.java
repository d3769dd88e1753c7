package org.medmesh.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Where this hospital's own message broker is and how the node signs in to it, for every module that talks to it
 * (replication, the analytics topic). With {@code hospital.broker.embedded=true} (the default) the node runs it on
 * {@code hospital.broker.host} and {@code hospital.broker.port}, and its own clients reach it in-VM; otherwise clients
 * connect to {@code hospital.broker.url}. The node's account is {@value #NODE_ACCOUNT}, its password
 * {@code hospital.broker.node-password} (for an embedded broker without one, a random password is made at start: no one
 * outside the node needs it).
 */
@ApplicationScoped
public class BrokerAddress {

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_EMBEDDED, defaultValue = "true")
    boolean embedded;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_PORT, defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_HOST, defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_URL)
    Optional<String> url;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_NODE_PASSWORD)
    Optional<String> nodePassword;

    /** The broker account of the node itself. */
    public static final String NODE_ACCOUNT = "medmesh-node";

    private String generatedPassword;

    /** An embedded broker's address outside a node (a benchmark's or a test's broker). */
    public static BrokerAddress embeddedAt(String host, int port) {
        BrokerAddress address = new BrokerAddress();
        address.embedded = true;
        address.host = host;
        address.port = port;
        address.url = Optional.empty();
        address.nodePassword = Optional.empty();
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

    /** The node's own broker account. */
    public String user() {
        return NODE_ACCOUNT;
    }

    /** The password of the node's own broker account. */
    public synchronized String password() {
        Optional<String> configured = nodePassword.filter(p -> !p.isBlank());
        if (configured.isPresent()) {
            return configured.get();
        }
        if (!embedded) {
            throw new IllegalStateException("hospital.broker.node-password must be set when the broker is external");
        }
        if (generatedPassword == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            generatedPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return generatedPassword;
    }

    /** The URL clients of this node use to reach its broker: in-VM for the embedded broker. */
    public String clientUrl() {
        if (embedded) {
            return "vm://" + port;
        }
        return url.filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hospital.broker.url must be set when hospital.broker.embedded=false"));
    }
}
