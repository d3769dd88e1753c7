package org.medmesh.sync.infrastructure.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.hospital.domain.model.PeerHospital;

/**
 * Where this hospital's broker is. With {@code hospital.broker.embedded=true} (the default) the node runs its own
 * Artemis broker on {@code hospital.broker.port} with its journal in {@code hospital.broker.data-dir}; otherwise it
 * connects to {@code hospital.broker.url}.
 */
@ApplicationScoped
public class BrokerSettings {

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
    @ConfigProperty(name = "hospital.broker.data-dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "hospital.broker.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "hospital.peers")
    Optional<String> peers;

    /**
     * Settings for a broker run outside a node exactly as a node runs its own: the benchmark's raw-bridge limit and the
     * broker tests use it. {@code peers} is written like {@code hospital.peers} ({@code id=url,...}), or null.
     */
    public static BrokerSettings standalone(String host, int port, Path data, String peers) {
        BrokerSettings settings = new BrokerSettings();
        settings.embedded = true;
        settings.host = host;
        settings.port = port;
        settings.dataDir = Optional.of(data.toString());
        settings.url = Optional.empty();
        settings.peers = Optional.ofNullable(peers);
        return settings;
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
        if (embedded) {
            return "tcp://" + host + ":" + port;
        }
        return url.filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hospital.broker.url must be set when hospital.broker.embedded=false"));
    }
}
