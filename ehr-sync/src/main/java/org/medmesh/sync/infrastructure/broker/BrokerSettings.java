package org.medmesh.sync.infrastructure.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.application.BrokerAddress;

/**
 * The hospital's broker as replication uses it: where it is ({@link BrokerAddress}, shared with the analytics topic),
 * where the embedded broker keeps its journal ({@code hospital.broker.data-dir}) and which peers it bridges to.
 */
@ApplicationScoped
public class BrokerSettings {

    @Inject
    BrokerAddress address;

    @Inject
    @ConfigProperty(name = "hospital.broker.data-dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "hospital.peers")
    Optional<String> peers;

    /**
     * Settings for a broker run outside a node exactly as a node runs its own: the benchmark's raw-bridge limit and the
     * broker tests use it. {@code peers} is written like {@code hospital.peers} ({@code id=url,...}), or null.
     */
    public static BrokerSettings standalone(String host, int port, Path data, String peers) {
        BrokerSettings settings = new BrokerSettings();
        settings.address = BrokerAddress.embeddedAt(host, port);
        settings.dataDir = Optional.of(data.toString());
        settings.peers = Optional.ofNullable(peers);
        return settings;
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
}
