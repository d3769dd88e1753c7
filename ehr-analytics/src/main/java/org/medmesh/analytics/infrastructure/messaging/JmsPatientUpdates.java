package org.medmesh.analytics.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.util.List;

import org.medmesh.analytics.domain.model.PatientUpdates;
import org.medmesh.platform.infrastructure.messaging.TransactedPublisher;

/**
 * Publishes to {@value PatientUpdateTopic#TOPIC} in one broker transaction per batch, persistent, with the update id as
 * Artemis duplicate id. Before the first send it makes sure the risk bean's durable subscription exists, so no update
 * published before the bean first connects is dropped by a topic without subscribers. A batch the broker refuses as a
 * duplicate (sent before a crash, the cursor not yet moved) is sent again one message at a time, skipping those it has
 * ({@link TransactedPublisher}).
 */
@ApplicationScoped
public class JmsPatientUpdates implements PatientUpdates {

    @Inject
    PatientUpdateTopic topic;

    private TransactedPublisher<Outgoing> publisher;
    /** The topic on the publisher's current session. */
    private Topic destination;

    @PostConstruct
    void connect() {
        publisher = new TransactedPublisher<>("patient updates", topic.connections(), this::opened, this::send);
    }

    @Override
    public void publish(List<Outgoing> messages) {
        publisher.publish(messages);
    }

    private void opened(JMSContext session) {
        destination = session.createTopic(PatientUpdateTopic.TOPIC);
        session.createSharedDurableConsumer(destination, PatientUpdateTopic.SUBSCRIPTION).close();
    }

    private void send(JMSContext session, Outgoing message) {
        session.createProducer()
                .setProperty(TransactedPublisher.DUPLICATE_ID, UpdateMessages.id(message).toString())
                .setProperty(PatientUpdateTopic.KIND, UpdateMessages.kind(message))
                // One patient's updates go to one consumer in order when several server instances share the
                // subscription: an erasure is never overtaken by a score published before it.
                .setProperty("JMSXGroupID", UpdateMessages.patient(message))
                .send(destination, UpdateMessages.toJson(message));
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
