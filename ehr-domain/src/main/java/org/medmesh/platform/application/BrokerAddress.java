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
 * connect to {@code hospital.broker.url} when it is set, else to the hospital's own broker run as a process of its own
 * (a hospital of several server instances) on {@code hospital.broker.host} and {@code hospital.broker.port}, over TLS
 * with the hospital's certificate ({@link #clientTls()}), as its peers do. The node's account is
 * {@value #NODE_ACCOUNT}, its password {@code hospital.broker.node-password} (for an embedded broker without one, a
 * random password is made at start: no one outside the node needs it).
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

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_TLS, defaultValue = "true")
    boolean tls;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_KEYSTORE)
    Optional<String> keyStore;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_KEYSTORE_PASSWORD)
    Optional<String> keyStorePassword;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_TRUSTSTORE)
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_TRUSTSTORE_PASSWORD)
    Optional<String> trustStorePassword;

    /**
     * The TLS material a node presents at its hospital's broker run apart: the hospital's own key and certificate (the
     * broker accepts the node's account only with the certificate naming this hospital) and the stores' trust.
     */
    public record ClientTls(String keyStore, String keyStorePassword, String trustStore, String trustStorePassword) {

        @Override
        public String toString() {
            return "ClientTls[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
        }
    }

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
        address.tls = false;
        address.keyStore = Optional.empty();
        address.keyStorePassword = Optional.empty();
        address.trustStore = Optional.empty();
        address.trustStorePassword = Optional.empty();
        return address;
    }

    /** An embedded broker outside a node whose node account has {@code nodePassword} (a hospital's broker process). */
    public static BrokerAddress embeddedAt(String host, int port, String nodePassword) {
        BrokerAddress address = embeddedAt(host, port);
        address.nodePassword = Optional.of(nodePassword);
        return address;
    }

    /** The address of a hospital's broker process as its nodes see it, for clients outside a node (tests). */
    public static BrokerAddress ownProcessAt(String host, int port, String nodePassword, ClientTls clientTls) {
        BrokerAddress address = embeddedAt(host, port, nodePassword);
        address.embedded = false;
        address.tls = clientTls != null;
        if (clientTls != null) {
            address.keyStore = Optional.of(clientTls.keyStore());
            address.keyStorePassword = Optional.of(clientTls.keyStorePassword());
            address.trustStore = Optional.of(clientTls.trustStore());
            address.trustStorePassword = Optional.of(clientTls.trustStorePassword());
        }
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

    /**
     * The URL clients of this node use to reach its broker: in-VM for the embedded broker, {@code hospital.broker.url}
     * when set, else the hospital's broker process (TLS parameters apart: {@link #clientTls()}).
     */
    public String clientUrl() {
        if (embedded) {
            return "vm://" + port;
        }
        return url.filter(u -> !u.isBlank()).orElse("tcp://" + host + ":" + port);
    }

    /** The hospital's broker runs apart from the node, at {@link #host()}:{@link #port()} (no URL configured). */
    public boolean ownProcess() {
        return !embedded && url.filter(u -> !u.isBlank()).isEmpty();
    }

    /** For the hospital's broker run apart with TLS (the default), what the node presents there. */
    public Optional<ClientTls> clientTls() {
        if (!ownProcess() || !tls) {
            return Optional.empty();
        }
        return Optional.of(new ClientTls(required(keyStore, HospitalProperty.Names.BROKER_KEYSTORE),
                required(keyStorePassword, HospitalProperty.Names.BROKER_KEYSTORE_PASSWORD),
                required(trustStore, HospitalProperty.Names.BROKER_TRUSTSTORE),
                required(trustStorePassword, HospitalProperty.Names.BROKER_TRUSTSTORE_PASSWORD)));
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(name
                + " must be set: the node signs in to its hospital's broker with the hospital's certificate"));
    }
}
