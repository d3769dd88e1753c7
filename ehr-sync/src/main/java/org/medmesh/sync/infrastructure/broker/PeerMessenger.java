package org.medmesh.sync.infrastructure.broker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.util.List;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.hospital.domain.model.PeerHospital;

/**
 * Sends anti-entropy messages to one peer only: they are put into that peer's outgoing address, so the peer's bridge
 * carries them like changes, but no other peer sees them. They are marked with {@value #KIND} so the peer's inbox
 * consumer tells them from changes; they never enter an outbox.
 */
@ApplicationScoped
public class PeerMessenger {

    /** Message property naming what a message on {@value SyncTopology#IN} is; absent on changes. */
    public static final String KIND = "medmeshKind";

    @Inject
    BrokerSettings settings;

    private ActiveMQConnectionFactory factory;

    @PostConstruct
    void connect() {
        factory = settings.nodeConnections();
    }

    /** Sends the bodies as one broker transaction: all of them reach the peer's queue, or none. */
    public void send(PeerHospital peer, String kind, List<String> bodies) {
        try (JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = context.createQueue(SyncTopology.queueFor(peer));
            for (String body : bodies) {
                context.createProducer().setProperty(KIND, kind).send(queue, body);
            }
            context.commit();
        }
    }

    @PreDestroy
    void close() {
        factory.close();
    }
}
