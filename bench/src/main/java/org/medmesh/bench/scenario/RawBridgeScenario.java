package org.medmesh.bench.scenario;

import jakarta.jms.CompletionListener;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.FixedRateLoad;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Figure;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;
import org.medmesh.sync.infrastructure.broker.ChannelSecurity;
import org.medmesh.sync.infrastructure.broker.EmbeddedBroker;
import org.medmesh.sync.infrastructure.broker.SyncTopology;

/**
 * The replication scenario's limit: two Artemis brokers configured exactly as two hospitals' (persistent journal, the
 * node's own bridge topology, duplicate detection, mutual TLS and broker accounts with the bench network's own channel
 * material), messages the size of a change sent durably at the same rates to the first one's address for the second and
 * timed until a consumer of the second one's {@code ehr.sync.in} has them; both clients in-VM as the node's are. No
 * database, no application, no signatures: what the bridge alone costs on this machine.
 */
public final class RawBridgeScenario {

    public static final String BRIDGE = "raw Artemis bridge: due at A's broker → received at B's";
    private static final String SEQUENCE = "benchSequence";
    private static final String PAYLOAD = "x".repeat(1500);

    private RawBridgeScenario() {
    }

    public static void run(BenchSettings settings, Path work, BenchResults results) throws Exception {
        int portA = freePort();
        int portB = freePort();
        Path channel = work.resolve("channel");
        BrokerSettings atB = BrokerSettings.standalone("hospB", "127.0.0.1", portB,
                work.resolve("bridge-b-" + UUID.randomUUID()), "hospA=tcp://127.0.0.1:" + portA,
                ChannelSecurity.fromDirectory(channel, "hospB"));
        BrokerSettings atA = BrokerSettings.standalone("hospA", "127.0.0.1", portA,
                work.resolve("bridge-a-" + UUID.randomUUID()), "hospB=tcp://127.0.0.1:" + portB,
                ChannelSecurity.fromDirectory(channel, "hospA"));
        EmbeddedBroker b = EmbeddedBroker.startStandalone(atB);
        EmbeddedBroker a = EmbeddedBroker.startStandalone(atA);
        ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "bridge-sender"));
        ActiveMQConnectionFactory factoryA = atA.nodeConnections();
        factoryA.setConfirmationWindowSize(1024 * 1024);
        try (factoryA;
                ActiveMQConnectionFactory factoryB = atB.nodeConnections();
                JMSContext producerContext = factoryA.createContext();
                JMSContext consumerContext = factoryB.createContext()) {
            Map<Long, CompletableFuture<Void>> inTransit = new ConcurrentHashMap<>();
            JMSConsumer consumer = consumerContext.createConsumer(consumerContext.createQueue(SyncTopology.IN));
            consumer.setMessageListener(message -> {
                try {
                    CompletableFuture<Void> arrival = inTransit.remove(message.getLongProperty(SEQUENCE));
                    if (arrival != null) {
                        arrival.complete(null);
                    }
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
            Queue out = producerContext.createQueue(SyncTopology.TO_PEER + "hospB");
            JMSProducer producer = producerContext.createProducer();
            long sent = 0;
            for (int rate : settings.rates()) {
                long base = sent;
                FixedRateLoad.Run<Void> run = FixedRateLoad.run(rate, settings.rateWindow(), 1024, (sequence, due) -> {
                    long id = base + sequence;
                    CompletableFuture<Void> arrival = new CompletableFuture<>();
                    inTransit.put(id, arrival);
                    sender.execute(() -> {
                        try {
                            producer.setAsync(new FailureListener(arrival)).setProperty(SEQUENCE, id)
                                    .setProperty("_AMQ_DUPL_ID", "bench-" + id).send(out, PAYLOAD);
                        } catch (RuntimeException e) {
                            inTransit.remove(id);
                            arrival.completeExceptionally(e);
                        }
                    });
                    return arrival.orTimeout(1, TimeUnit.MINUTES);
                });
                sent = base + run.done().size() + run.result().failed();
                results.add(Figure.of(ReplicationScenario.SCENARIO, BRIDGE, rate, run.result()));
            }
        } finally {
            sender.shutdownNow();
            a.shutdown();
            b.shutdown();
        }
    }

    /**
     * Durable sends are confirmed asynchronously (as the relay's batched commits are not paid one fsync per message); a
     * refused send fails its arrival.
     */
    private record FailureListener(CompletableFuture<Void> arrival) implements CompletionListener {

        @Override
        public void onCompletion(Message message) {
            // the arrival at B completes it
        }

        @Override
        public void onException(Message message, Exception exception) {
            arrival.completeExceptionally(exception);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
