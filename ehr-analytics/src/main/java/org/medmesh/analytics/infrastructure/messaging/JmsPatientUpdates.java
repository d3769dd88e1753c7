package org.medmesh.analytics.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.analytics.domain.model.PatientUpdates;

/**
 * Publishes to {@value PatientUpdateTopic#TOPIC} in one broker transaction per batch, persistent, with the update id as
 * Artemis duplicate id. Before the first send it makes sure the risk bean's durable subscription exists, so no update
 * published before the bean first connects is dropped by a topic without subscribers. A batch the broker refuses as a
 * duplicate (sent before a crash, the cursor not yet moved) is sent again one message at a time, skipping those it has.
 */
@ApplicationScoped
public class JmsPatientUpdates implements PatientUpdates {

    private static final Logger LOG = Logger.getLogger(JmsPatientUpdates.class.getName());

    @Inject
    PatientUpdateTopic topic;

    private ActiveMQConnectionFactory factory;
    private JMSContext context;
    private Topic destination;

    @PostConstruct
    void connect() {
        factory = new ActiveMQConnectionFactory(topic.clientUrl());
        factory.setUser(topic.user());
        factory.setPassword(topic.password());
    }

    @Override
    public synchronized void publish(List<Outgoing> messages) {
        try {
            JMSContext session = session();
            messages.forEach(message -> send(session, message));
            session.commit();
        } catch (RuntimeException e) {
            closeSession();
            if (!duplicate(e)) {
                throw e;
            }
            messages.forEach(this::publishAlone);
        }
    }

    private void publishAlone(Outgoing message) {
        try {
            JMSContext session = session();
            send(session, message);
            session.commit();
        } catch (RuntimeException e) {
            closeSession();
            if (!duplicate(e)) {
                throw e;
            }
        }
    }

    private void send(JMSContext session, Outgoing message) {
        session.createProducer().setProperty(PatientUpdateTopic.DUPLICATE_ID, UpdateMessages.id(message).toString())
                .setProperty(PatientUpdateTopic.KIND, UpdateMessages.kind(message))
                .send(destination, UpdateMessages.toJson(message));
    }

    static boolean duplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Duplicate message detected")
                    || t.getClass().getSimpleName().equals("ActiveMQDuplicateIdException")) {
                return true;
            }
        }
        return false;
    }

    private JMSContext session() {
        if (context == null) {
            JMSContext opened = factory.createContext(JMSContext.SESSION_TRANSACTED);
            try {
                destination = opened.createTopic(PatientUpdateTopic.TOPIC);
                opened.createSharedDurableConsumer(destination, PatientUpdateTopic.SUBSCRIPTION).close();
            } catch (JMSRuntimeException e) {
                opened.close();
                throw e;
            }
            context = opened;
        }
        return context;
    }

    private void closeSession() {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken publisher session failed; a new one is opened", e);
            }
            context = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        closeSession();
        factory.close();
    }
}
