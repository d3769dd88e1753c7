package org.medmesh.sync.infrastructure.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;

/**
 * How this hospital's broker guards the channel between hospitals: mutual TLS on its network acceptor and on its
 * bridges (this hospital's key and certificate in {@code keyStore}; the peers it trusts — the network's CA, or an
 * explicit list of certificates — in {@code trustStore}), and one broker account per peer.
 *
 * @param tls false only for a lab network: plain TCP, said loudly at start and in health
 * @param logins per peer hospital, the password this hospital's bridge presents at that peer's broker
 * @param accounts per peer hospital, the password that peer's bridge must present here
 */
public record ChannelSecurity(boolean tls, String keyStore, String keyStorePassword, String trustStore,
        String trustStorePassword, Map<String, String> logins, Map<String, String> accounts) {

    public ChannelSecurity {
        logins = Map.copyOf(logins);
        accounts = Map.copyOf(accounts);
        if (tls && (blank(keyStore) || blank(keyStorePassword) || blank(trustStore) || blank(trustStorePassword))) {
            throw new IllegalStateException("hospital.broker.keystore, hospital.broker.keystore-password, "
                    + "hospital.broker.truststore and hospital.broker.truststore-password must be set: the broker "
                    + "speaks TLS to its peers (hospital.broker.tls=false only for a lab network)");
        }
    }

    /**
     * The material {@code server-config/bin/channel-keys.sh} makes for one hospital under {@code network}: its stores
     * and their password, its logins at peers and its peers' accounts. For brokers run outside a node (the benchmark's
     * raw bridge, the broker tests).
     */
    public static ChannelSecurity fromDirectory(Path network, String hospital) {
        Path own = network.resolve(hospital);
        String password = read(own.resolve("store-password"));
        return new ChannelSecurity(true, own.resolve("broker-keystore.p12").toString(), password,
                own.resolve("broker-truststore.p12").toString(), password, pairs(own.resolve("broker-logins")),
                pairs(own.resolve("broker-accounts")));
    }

    private static Map<String, String> pairs(Path file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : read(file).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                pairs.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return pairs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The TLS parameters of this hospital's network acceptor: peers must present a trusted certificate. */
    Map<String, Object> acceptorTls() {
        Map<String, Object> params = stores();
        params.put(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME, true);
        return params;
    }

    /**
     * The TLS parameters of a bridge's connection to a peer: this hospital's certificate, the peer's host checked. They
     * are forced: without that, Artemis's connector prefers the JVM's {@code javax.net.ssl.keyStore}/{@code trustStore}
     * system properties, which Payara sets to its own stores, and the peer's certificate is then not trusted.
     */
    Map<String, Object> connectorTls() {
        Map<String, Object> params = stores();
        if (tls) {
            params.put(TransportConstants.VERIFY_HOST_PROP_NAME, true);
            params.put(TransportConstants.FORCE_SSL_PARAMETERS, true);
        }
        return params;
    }

    private Map<String, Object> stores() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (!tls) {
            return params;
        }
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, keyStore);
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, keyStorePassword);
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, trustStore);
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, trustStorePassword);
        params.put(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, "TLSv1.3,TLSv1.2");
        return params;
    }

    /** The password this hospital presents at a peer's broker. */
    String loginAt(String peer) {
        String password = logins.get(peer);
        if (blank(password)) {
            throw new IllegalStateException("no broker login for peer " + peer + ": set hospital.broker.peer." + peer
                    + ".login");
        }
        return password;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ChannelSecurity[tls=" + tls + ", keyStore=" + keyStore + ", trustStore=" + trustStore + ", logins="
                + logins.keySet() + ", accounts=" + accounts.keySet() + "]";
    }
}
