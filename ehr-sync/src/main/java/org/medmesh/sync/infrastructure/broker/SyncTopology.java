package org.medmesh.sync.infrastructure.broker;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.medmesh.hospital.domain.model.PeerHospital;

/**
 * The replication addresses of a hospital's broker. Each peer has an address of its own ({@value #TO_PEER}{@code <id>})
 * with one durable queue, into which the node publishes every locally originated change (one broker transaction for all
 * peers), drained by a core bridge into that peer's {@value #IN} (reconnecting forever, with duplicate detection and a
 * confirmation window, over mutual TLS, signed in as this hospital). A peer that is down accumulates its own queue,
 * which pages to disk past {@value #PEER_MEMORY_BYTES} bytes without touching the other peers' addresses; nothing is
 * lost. Changes received from peers arrive on {@value #IN}, which no bridge reads: nothing received is ever forwarded
 * again. A message on {@value #IN} is redelivered until the inbox consumer applies or quarantines it: the broker never
 * drops it to a dead-letter address. {@value #IN} is exclusive: when a hospital runs as several server instances, one
 * consumer at a time receives, so changes are applied in the order they arrived; when it goes, the next one takes over
 * with what it had not acknowledged.
 */
public final class SyncTopology {

    /** Prefix of the address (and queue) of what one peer has not yet received. */
    public static final String TO_PEER = "ehr.sync.to.";
    public static final String IN = "ehr.sync.in";
    /** Held in memory per peer address before it pages to disk. */
    static final long PEER_MEMORY_BYTES = 16L * 1024 * 1024;

    private static final int CONFIRMATION_WINDOW_BYTES = 1024 * 1024;

    private SyncTopology() {
    }

    /** The address, and its one queue, that holds what a peer has not yet received. */
    public static String queueFor(PeerHospital peer) {
        return TO_PEER + peer.id().value();
    }

    /** The core bridge that forwards a peer's queue to it. */
    public static String bridgeFor(PeerHospital peer) {
        return "bridge-to-" + peer.id().value();
    }

    static void apply(Configuration config, String hospital, List<PeerHospital> peers, ChannelSecurity channel) {
        config.addQueueConfiguration(QueueConfiguration.of(IN).setAddress(IN).setRoutingType(RoutingType.ANYCAST)
                .setDurable(true).setExclusive(true));
        config.addAddressSetting(IN, new AddressSettings().setMaxDeliveryAttempts(-1)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE).setMaxSizeBytes(64L * 1024 * 1024));
        config.setPersistIDCache(true);
        config.setIDCacheSize(100_000);
        List<BridgeConfiguration> bridges = new ArrayList<>();
        for (PeerHospital peer : peers) {
            String connector = "peer-" + peer.id().value();
            config.addConnectorConfiguration(connector, connectorTo(peer, connector, channel));
            config.addQueueConfiguration(QueueConfiguration.of(queueFor(peer)).setAddress(queueFor(peer))
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true));
            config.addAddressSetting(queueFor(peer), new AddressSettings()
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE).setMaxSizeBytes(PEER_MEMORY_BYTES)
                    .setPageSizeBytes(1024 * 1024).setMaxDeliveryAttempts(-1));
            bridges.add(new BridgeConfiguration()
                    .setName(bridgeFor(peer))
                    .setQueueName(queueFor(peer))
                    .setForwardingAddress(IN)
                    .setRoutingType(ComponentConfigurationRoutingType.ANYCAST)
                    .setStaticConnectors(List.of(connector))
                    .setUser(hospital)
                    .setPassword(channel.loginAt(peer.id().value()))
                    .setReconnectAttempts(-1)
                    .setRetryInterval(500)
                    .setRetryIntervalMultiplier(1.5)
                    .setMaxRetryInterval(10_000)
                    .setUseDuplicateDetection(true)
                    .setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES));
        }
        config.setBridgeConfigurations(bridges);
    }

    /** The connection to a peer's broker: its host and port from {@code hospital.peers}, and the channel's TLS. */
    private static TransportConfiguration connectorTo(PeerHospital peer, String name, ChannelSecurity channel) {
        URI url = URI.create(peer.brokerUrl());
        if (!"tcp".equals(url.getScheme()) || url.getHost() == null || url.getPort() < 0) {
            throw new IllegalArgumentException("the broker of peer " + peer.id() + " must be given as tcp://host:port, "
                    + "got " + peer.brokerUrl());
        }
        Map<String, Object> params = new HashMap<>(channel.connectorTls());
        params.put(TransportConstants.HOST_PROP_NAME, url.getHost());
        params.put(TransportConstants.PORT_PROP_NAME, url.getPort());
        return new TransportConfiguration(NettyConnectorFactory.class.getName(), params, name);
    }
}
