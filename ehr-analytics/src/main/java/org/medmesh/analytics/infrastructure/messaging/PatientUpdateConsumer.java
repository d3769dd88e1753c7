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
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.PatientUpdates.Score;
import org.medmesh.analytics.domain.model.PatientUpdateHandler;

/**
 * The risk bean: reads {@value PatientUpdateTopic#TOPIC} through the shared durable subscription
 * {@value PatientUpdateTopic#SUBSCRIPTION} on its own thread, in order, and acknowledges a message (transacted session)
 * only after its scoring or erasure committed: a crash in between redelivers it, and the store's unique id makes the
 * second one a no-op. Not an MDB: the Artemis resource adapter is not available for Payara 6 (see STACK.md). A message
 * that is not a patient update is dropped with a warning; one whose handling fails is retried after a pause.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PatientUpdateConsumer {

    static final long WAIT_MILLIS = 500;
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final Logger LOG = Logger.getLogger(PatientUpdateConsumer.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PatientUpdateTopic topic;

    @Inject
    PatientUpdateHandler scoring;

    private ActiveMQConnectionFactory factory;
    private JMSContext context;
    private JMSConsumer consumer;
    private Thread loop;
    private volatile boolean running;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        if (!scoring.ready()) {
            return;
        }
        factory = new ActiveMQConnectionFactory(topic.clientUrl());
        factory.setUser(topic.user());
        factory.setPassword(topic.password());
        running = true;
        loop = threads.newThread(this::consume);
        loop.setName("medmesh-risk-scoring");
        loop.start();
    }

    private void consume() {
        while (running) {
            try {
                Message message = consumer().receive(WAIT_MILLIS);
                if (message != null) {
                    handle(message);
                    context.commit();
                }
                if (failing) {
                    LOG.info("Risk scoring consumer working again");
                    failing = false;
                }
            } catch (RuntimeException | JMSException e) {
                if (!failing) {
                    LOG.warning(() -> "Risk scoring consumer cannot work yet (will retry): " + e.getMessage());
                    failing = true;
                }
                close();
                LockSupport.parkNanos(RETRY_NANOS);
            }
        }
        close();
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

    private JMSConsumer consumer() {
        if (consumer == null) {
            context = factory.createContext(JMSContext.SESSION_TRANSACTED);
            consumer = context.createSharedDurableConsumer(context.createTopic(PatientUpdateTopic.TOPIC),
                    PatientUpdateTopic.SUBSCRIPTION);
        }
        return consumer;
    }

    private void close() {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.fine("Closing a broken consumer session failed; a new one is opened");
            }
        }
        context = null;
        consumer = null;
    }

    @PreDestroy
    void stop() {
        if (loop == null) {
            return;
        }
        running = false;
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        factory.close();
    }
}
