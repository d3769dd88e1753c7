package org.medmesh.sync.infrastructure.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.platform.infrastructure.messaging.BrokerConnections;
import org.medmesh.platform.infrastructure.messaging.BrokerProbe;

/** Runs the real embedded Artemis broker on a free loopback port. */
class EmbeddedBrokerTest {

    @TempDir
    Path data;

    private EmbeddedBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void shouldKeepAPersistentMessageAcrossARestart() {
        BrokerSettings settings = settings(freePort());
        broker = started(settings);
        ConnectionFactory factory = settings.nodeConnections();
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("medmesh.test");
            context.createProducer().send(queue, "kept");
        }

        broker.stop();
        broker = started(settings);

        try (JMSContext context = factory.createContext()) {
            JMSConsumer consumer = context.createConsumer(context.createQueue("medmesh.test"));
            assertThat(consumer.receiveBody(String.class, 10_000)).isEqualTo("kept");
        }
    }

    @Test
    void shouldReportUpWhileRunningAndDownOnceStopped() {
        BrokerSettings settings = settings(freePort());
        broker = started(settings);
        try (BrokerProbe probe = new BrokerProbe(BrokerConnections.failingFast(settings.address(), 2_000),
                settings.clientUrl())) {
            assertThat(probe.check()).extracting(BrokerProbe.Result::up).isEqualTo(true);
            broker.stop();
            broker = null;
            BrokerProbe.Result down = probe.check();
            assertThat(down.up()).isFalse();
            assertThat(down.detail()).contains("unreachable");
        }
    }

    @Test
    void shouldExplainAMissingDataDirectory() {
        BrokerSettings settings = settings(1);
        settings.dataDir = Optional.empty();
        assertThatThrownBy(settings::dataDir).hasMessageContaining("hospital.broker.data-dir");
    }

    private BrokerSettings settings(int port) {
        return TestBrokers.settings("hospA", port, data, null);
    }

    private static EmbeddedBroker started(BrokerSettings settings) {
        return TestBrokers.started(settings);
    }

    private static int freePort() {
        return TestBrokers.freePort();
    }
}
