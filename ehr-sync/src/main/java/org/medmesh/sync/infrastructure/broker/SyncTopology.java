package org.medmesh.sync.infrastructure.broker;

import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.medmesh.hospital.domain.model.PeerHospital;

/**
 * The replication addresses of a hospital's broker. Locally originated changes are published to the multicast address
 * {@value #OUT}; each peer has its own durable queue on it, drained by a core bridge into that peer's {@value #IN}
 * (reconnecting forever, with duplicate detection and a confirmation window). A peer that is down accumulates its
 * queue; nothing is lost. Changes received from peers arrive on {@value #IN}, which no bridge reads: nothing received
 * is ever forwarded again. A message on {@value #IN} is redelivered until the inbox consumer applies or quarantines it:
 * the broker never drops it to a dead-letter address.
 */
public final class SyncTopology {

    public static final String OUT = "ehr.sync.out";
    public static final String IN = "ehr.sync.in";

    private static final int CONFIRMATION_WINDOW_BYTES = 1024 * 1024;

    private SyncTopology() {
    }

    /** The queue on {@value #OUT} that holds what a peer has not yet received. */
    public static String queueFor(PeerHospital peer) {
        return OUT + ".to." + peer.id().value();
    }

    /** The core bridge that forwards a peer's queue to it. */
    public static String bridgeFor(PeerHospital peer) {
        return "bridge-to-" + peer.id().value();
    }

    static void apply(Configuration config, List<PeerHospital> peers) throws Exception {
        config.addQueueConfiguration(QueueConfiguration.of(IN).setAddress(IN).setRoutingType(RoutingType.ANYCAST)
                .setDurable(true));
        config.addAddressSetting(IN, new AddressSettings().setMaxDeliveryAttempts(-1)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE).setMaxSizeBytes(64L * 1024 * 1024));
        config.setPersistIDCache(true);
        config.setIDCacheSize(100_000);
        List<BridgeConfiguration> bridges = new ArrayList<>();
        for (PeerHospital peer : peers) {
            String connector = "peer-" + peer.id().value();
            config.addConnectorConfiguration(connector, peer.brokerUrl());
            config.addQueueConfiguration(QueueConfiguration.of(queueFor(peer)).setAddress(OUT)
                    .setRoutingType(RoutingType.MULTICAST).setDurable(true));
            bridges.add(new BridgeConfiguration()
                    .setName(bridgeFor(peer))
                    .setQueueName(queueFor(peer))
                    .setForwardingAddress(IN)
                    .setRoutingType(ComponentConfigurationRoutingType.ANYCAST)
                    .setStaticConnectors(List.of(connector))
                    .setReconnectAttempts(-1)
                    .setRetryInterval(500)
                    .setRetryIntervalMultiplier(1.5)
                    .setMaxRetryInterval(10_000)
                    .setUseDuplicateDetection(true)
                    .setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES));
        }
        config.setBridgeConfigurations(bridges);
    }
}
