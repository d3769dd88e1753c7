package org.medmesh.sync.infrastructure.broker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.infrastructure.messaging.TransactedPublisher;

/**
 * Sends anti-entropy messages to one peer only: they are put into that peer's outgoing address, so the peer's bridge
 * carries them like changes, but no other peer sees them. They are marked with {@value #KIND} so the peer's inbox
 * consumer tells them from changes; they never enter an outbox.
 */
@ApplicationScoped
public class PeerMessenger {

    /** Message property naming what a message on {@value SyncTopology#IN} is; absent on changes. */
    public static final String KIND = "medmeshKind";

    /** One anti-entropy message: its kind, its body and the peer it is for. */
    private record Outgoing(PeerHospital peer, String kind, String body) {
    }

    @Inject
    BrokerSettings settings;

    private TransactedPublisher<Outgoing> publisher;

    @PostConstruct
    void connect() {
        publisher = new TransactedPublisher<>("anti-entropy messages", settings.nodeConnections(), session -> {
        }, (session, message) -> session.createProducer().setProperty(KIND, message.kind())
                .send(session.createQueue(SyncTopology.queueFor(message.peer())), message.body()));
    }

    /** Sends the bodies as one broker transaction: all of them reach the peer's queue, or none. */
    public void send(PeerHospital peer, String kind, List<String> bodies) {
        publisher.publish(bodies.stream().map(body -> new Outgoing(peer, kind, body)).toList());
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
