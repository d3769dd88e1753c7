package org.medmesh.sync.infrastructure.broker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.TransportConstants;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.cluster.Bridge;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.medmesh.hospital.domain.model.PeerHospital;

/**
 * Runs this hospital's Artemis broker inside the node when {@code hospital.broker.embedded} is true. The broker is
 * persistent (its journal survives restarts), listens only where configured — for peers over mutual TLS, for the node
 * in-VM —, lets in only the accounts of {@link BrokerAccounts} with the permissions of {@link BrokerPermissions}, and
 * pages to disk instead of blocking when a peer is down for long.
 */
@Singleton(name = "EmbeddedBroker")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    /** Held so the level set here is not lost when the logger is garbage-collected. */
    private static final Logger ARTEMIS_AUDIT = Logger.getLogger("org.apache.activemq.audit");

    @Inject
    BrokerSettings settings;

    private EmbeddedActiveMQ broker;

    /** Starts a broker outside a node, configured exactly as a node's (see {@link BrokerSettings#standalone}). */
    public static EmbeddedBroker startStandalone(BrokerSettings settings) {
        EmbeddedBroker broker = new EmbeddedBroker();
        broker.settings = settings;
        broker.start();
        return broker;
    }

    /** Stops a broker started with {@link #startStandalone}. */
    public void shutdown() {
        stop();
    }

    @PostConstruct
    void start() {
        if (!settings.embedded()) {
            LOG.info(() -> "Using the hospital's broker at " + (settings.address().ownProcess()
                    ? settings.host() + ":" + settings.port() + " (its own process)"
                    : "the configured hospital.broker.url"));
            return;
        }
        ARTEMIS_AUDIT.setLevel(Level.WARNING);
        Path data = Path.of(settings.dataDir());
        ChannelSecurity channel = settings.channel();
        if (!channel.tls()) {
            LOG.severe(() -> "PLAIN TCP: hospital.broker.tls=false, so the broker on port " + settings.port()
                    + " and its bridges speak unencrypted, unauthenticated-by-certificate TCP. Lab networks only: "
                    + "anyone on the network can read every change sent to the peers.");
        }
        try {
            broker = new EmbeddedActiveMQ();
            broker.setConfiguration(configuration(data, channel));
            broker.setSecurityManager(new BrokerAccounts(settings.hospital(), settings.nodeUser(),
                    settings.nodePassword(), channel));
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded broker on port " + settings.port()
                    + " with data in " + data + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Embedded broker listening on " + settings.host() + ":" + settings.port()
                + (channel.tls() ? " (mutual TLS)" : " (PLAIN TCP)") + ", data in " + data + ", bridging to "
                + settings.peers().size() + " peer(s)");
    }

    private Configuration configuration(Path data, ChannelSecurity channel) {
        Configuration config = new ConfigurationImpl();
        config.setName("medmesh-broker");
        config.setPersistenceEnabled(true);
        config.setSecurityEnabled(true);
        config.setPopulateValidatedUser(true);
        // Artemis's built-in cluster account bypasses every permission and has a well-known default password: give it
        // a random one nobody holds (this broker has no cluster).
        config.setClusterUser("medmesh-unused-cluster-account");
        config.setClusterPassword(randomSecret());
        config.setJMXManagementEnabled(false);
        config.setJournalDirectory(data.resolve("journal").toString());
        config.setBindingsDirectory(data.resolve("bindings").toString());
        config.setPagingDirectory(data.resolve("paging").toString());
        config.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(data.toString());
        // In-VM id = port: unique when several brokers share a JVM (the benchmark, the broker tests).
        config.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                Map.of(TransportConstants.SERVER_ID_PROP_NAME, settings.port()), "in-vm"));
        Map<String, Object> tcp = new HashMap<>(channel.acceptorTls());
        tcp.put(org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants.HOST_PROP_NAME,
                settings.host());
        tcp.put(org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants.PORT_PROP_NAME,
                settings.port());
        config.addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(), tcp, "tcp"));
        config.addAddressSetting("#", new AddressSettings()
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setMaxSizeBytes(64L * 1024 * 1024)
                .setDefaultAddressRoutingType(RoutingType.ANYCAST));
        BrokerPermissions.apply(config);
        SyncTopology.apply(config, settings.hospital(), settings.peers(), channel);
        return config;
    }

    private static String randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** Whether the peers' channel is TLS (false only in a lab network, which health reports). */
    public boolean tls() {
        return settings.channel().tls();
    }

    /**
     * The outgoing link to a peer: its queue and its bridge. Empty when this node uses an external broker, whose
     * operator watches it with the broker's own tools.
     */
    public Optional<PeerLink> link(PeerHospital peer) {
        if (broker == null) {
            return Optional.empty();
        }
        ActiveMQServer server = broker.getActiveMQServer();
        Queue queue = server.locateQueue(SyncTopology.queueFor(peer));
        Bridge bridge = server.getClusterManager().getBridges().get(SyncTopology.bridgeFor(peer));
        if (queue == null || bridge == null) {
            return Optional.empty();
        }
        return Optional.of(new PeerLink(peer.id().value(), queue.getMessageCount() + queue.getDeliveringCount(),
                oldestAge(queue), bridge.isConnected(), queue.isPaused()));
    }

    private static long oldestAge(Queue queue) {
        long oldest = Long.MAX_VALUE;
        for (List<MessageReference> delivering : queue.getDeliveringMessages().values()) {
            for (MessageReference reference : delivering) {
                oldest = Math.min(oldest, reference.getMessage().getTimestamp());
            }
        }
        MessageReference first = queue.peekFirstMessage();
        if (first != null) {
            oldest = Math.min(oldest, first.getMessage().getTimestamp());
        }
        return oldest == Long.MAX_VALUE ? 0 : Math.max(0, System.currentTimeMillis() - oldest);
    }

    /**
     * Stops forwarding to a peer (maintenance of its site, a suspect link): the peer's queue is paused, so the bridge
     * stays connected but receives nothing, and the queue keeps every change until {@link #resume}. The pause is
     * persisted by the broker and survives a restart.
     */
    public void pause(PeerHospital peer) {
        queueOf(peer).pause(true);
        LOG.info(() -> "Paused replication to " + peer.id());
    }

    public void resume(PeerHospital peer) {
        queueOf(peer).resume();
        LOG.info(() -> "Resumed replication to " + peer.id());
    }

    private Queue queueOf(PeerHospital peer) {
        if (broker == null) {
            throw new IllegalStateException("the queues of an external broker are managed on that broker");
        }
        Queue queue = broker.getActiveMQServer().locateQueue(SyncTopology.queueFor(peer));
        if (queue == null) {
            throw new IllegalArgumentException("no queue for " + peer.id());
        }
        return queue;
    }

    /** True when the embedded broker runs, or when the node uses an external broker (checked separately). */
    public boolean active() {
        return broker == null || broker.getActiveMQServer().isActive();
    }

    @PreDestroy
    void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
            LOG.info("Embedded broker stopped");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Embedded broker did not stop cleanly", e);
        }
    }
}
