package org.medmesh.analytics.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.medmesh.platform.application.BrokerAddress;
import org.medmesh.platform.infrastructure.messaging.BrokerConnections;

/**
 * Where the {@value #TOPIC} topic is: the hospital's own broker, the same as replication's ({@link BrokerAddress}). The
 * risk bean reads it through the durable subscription {@value #SUBSCRIPTION}, shared so that several server instances
 * split the work.
 */
@ApplicationScoped
public class PatientUpdateTopic {

    public static final String TOPIC = "patient_updates";
    public static final String SUBSCRIPTION = "risk-scoring";
    static final String KIND = "medmeshKind";

    @Inject
    BrokerAddress address;

    /**
     * A connection factory for the node's own broker, signed in as the node's account (which the topic's publisher and
     * subscriber both use); the caller closes it.
     */
    public ActiveMQConnectionFactory connections() {
        return BrokerConnections.node(address);
    }
}
