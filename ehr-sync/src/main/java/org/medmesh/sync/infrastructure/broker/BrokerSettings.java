package org.medmesh.sync.infrastructure.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.application.BrokerAddress;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.platform.infrastructure.messaging.BrokerConnections;

/**
 * The hospital's broker as replication uses it: where it is ({@link BrokerAddress}, shared with the analytics topic),
 * where the embedded broker keeps its journal ({@code hospital.broker.data-dir}) and which peers it bridges to.
 */
@ApplicationScoped
public class BrokerSettings {

    @Inject
    BrokerAddress address;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_DATA_DIR)
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.PEERS)
    Optional<String> peers;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.ID)
    String hospital;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.BROKER_TLS, defaultValue = "true")
    boolean tls;

    private ChannelSecurity channel;

    /**
     * Settings for a broker run outside a node exactly as a node runs its own: the benchmark's raw-bridge limit and the
     * broker tests use it. {@code peers} is written like {@code hospital.peers} ({@code id=url,...}), or null.
     */
    public static BrokerSettings standalone(String hospital, String host, int port, Path data, String peers,
            ChannelSecurity channel) {
        return standalone(hospital, BrokerAddress.embeddedAt(host, port), data, peers, channel);
    }

    /** As {@link #standalone(String, String, int, Path, String, ChannelSecurity)}, at an address already made. */
    public static BrokerSettings standalone(String hospital, BrokerAddress address, Path data, String peers,
            ChannelSecurity channel) {
        BrokerSettings settings = new BrokerSettings();
        settings.hospital = hospital;
        settings.address = address;
        settings.dataDir = Optional.of(data.toString());
        settings.peers = Optional.ofNullable(peers);
        settings.tls = channel.tls();
        settings.channel = channel;
        return settings;
    }

    /** This hospital's id: its bridges sign in to peers under it. */
    public String hospital() {
        return hospital;
    }

    /**
     * The channel's security from configuration: {@code hospital.broker.tls}, {@code hospital.broker.keystore} and
     * {@code hospital.broker.truststore} with their {@code -password}s, and per peer {@code hospital.broker.peer.<id>
     * .login} (what this hospital presents there) and {@code .account} (what the peer presents here).
     */
    public synchronized ChannelSecurity channel() {
        if (channel == null) {
            Config config = ConfigProvider.getConfig();
            Map<String, String> logins = new LinkedHashMap<>();
            Map<String, String> accounts = new LinkedHashMap<>();
            for (PeerHospital peer : peers()) {
                String id = peer.id().value();
                HospitalProperty.BROKER_PEER_LOGIN.optionalValue(config, id, String.class)
                        .ifPresent(p -> logins.put(id, p));
                HospitalProperty.BROKER_PEER_ACCOUNT.optionalValue(config, id, String.class)
                        .ifPresent(p -> accounts.put(id, p));
            }
            channel = new ChannelSecurity(tls, value(config, HospitalProperty.BROKER_KEYSTORE),
                    value(config, HospitalProperty.BROKER_KEYSTORE_PASSWORD),
                    value(config, HospitalProperty.BROKER_TRUSTSTORE),
                    value(config, HospitalProperty.BROKER_TRUSTSTORE_PASSWORD), logins, accounts);
        }
        return channel;
    }

    private static String value(Config config, HospitalProperty property) {
        return property.optionalValue(config, String.class).orElse(null);
    }

    public boolean embedded() {
        return address.embedded();
    }

    public int port() {
        return address.port();
    }

    public String host() {
        return address.host();
    }

    /** Journal, bindings, paging and large-message directory of the embedded broker. */
    public String dataDir() {
        return dataDir.filter(dir -> !dir.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hospital.broker.data-dir must be set when the embedded broker is used"));
    }

    /** The peer hospitals whose brokers receive this hospital's changes. */
    public List<PeerHospital> peers() {
        return HospitalProfile.parsePeers(peers.orElse(""));
    }

    /** The URL clients of this node use to reach its broker. */
    public String clientUrl() {
        return address.clientUrl();
    }

    /** A connection factory signed in as the node's own broker account; the caller closes it. */
    public ActiveMQConnectionFactory nodeConnections() {
        return BrokerConnections.node(address);
    }

    /** Where the broker is and the node's account there. */
    public BrokerAddress address() {
        return address;
    }

    /** The node's own broker account and its password. */
    public String nodeUser() {
        return address.user();
    }

    public String nodePassword() {
        return address.password();
    }
}
