package org.medmesh.analytics.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.medmesh.analytics.domain.model.PatientUpdateHandler;
import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.PatientUpdates.Score;
import org.medmesh.platform.infrastructure.messaging.MessageLoop;
import org.medmesh.platform.infrastructure.messaging.MessageLoop.Subscription;

/**
 * The risk bean: reads {@value PatientUpdateTopic#TOPIC} through the shared durable subscription
 * {@value PatientUpdateTopic#SUBSCRIPTION} on its own thread ({@link MessageLoop}), in order, up to {@value #BATCH}
 * waiting messages a round, and acknowledges them (transacted session) only after their scoring or erasure committed: a
 * crash in between redelivers them, and the store's unique id makes the second one a no-op. Not an MDB: the Artemis
 * resource adapter is not available for Payara 6 (see STACK.md). A message that is not a patient update is dropped with
 * a warning; a round whose handling fails is rolled back and retried after a pause.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PatientUpdateConsumer {

    static final long WAIT_MILLIS = 500;
    static final int BATCH = 50;
    private static final Duration RETRY_DELAY = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(PatientUpdateConsumer.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PatientUpdateTopic topic;

    @Inject
    PatientUpdateHandler scoring;

    private MessageLoop loop;

    @PostConstruct
    void start() {
        if (!scoring.ready()) {
            return;
        }
        loop = new MessageLoop("medmesh-risk-scoring", topic.connections(),
                session -> session.createSharedDurableConsumer(session.createTopic(PatientUpdateTopic.TOPIC),
                        PatientUpdateTopic.SUBSCRIPTION),
                this::round, RETRY_DELAY);
        loop.start(threads, Duration.ZERO);
    }

    private Duration round(Subscription updates) throws JMSException {
        List<Message> batch = updates.take(BATCH, WAIT_MILLIS);
        for (Message message : batch) {
            handle(message);
        }
        if (!batch.isEmpty()) {
            updates.commit();
        }
        return Duration.ZERO;
    }

    private void handle(Message message) throws JMSException {
        Outgoing update;
        try {
            update = UpdateMessages.fromJson(message.getBody(String.class));
        } catch (IllegalArgumentException | JMSException e) {
            LOG.warning(() -> "Dropped a message on " + PatientUpdateTopic.TOPIC + " that is not a patient update");
            return;
        }
        if (update instanceof Score score) {
            scoring.score(score.update());
        } else {
            scoring.erase(((Erase) update).pseudonym());
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10));
        }
    }
}
