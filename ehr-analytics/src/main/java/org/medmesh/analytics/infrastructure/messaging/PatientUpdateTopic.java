package org.medmesh.analytics.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.medmesh.platform.application.BrokerAddress;

/**
 * Where the {@value #TOPIC} topic is: the hospital's own broker, the same as replication's ({@link BrokerAddress}). The
 * risk bean reads it through the durable subscription {@value #SUBSCRIPTION}, shared so that several server instances
 * split the work.
 */
@ApplicationScoped
public class PatientUpdateTopic {

    public static final String TOPIC = "patient_updates";
    public static final String SUBSCRIPTION = "risk-scoring";
    /** Artemis drops a second message with the same value of this property. */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    static final String KIND = "medmeshKind";

    @Inject
    BrokerAddress address;

    public String clientUrl() {
        return address.clientUrl();
    }

    /** The node's own broker account, which the topic's publisher and subscriber sign in as. */
    public String user() {
        return address.user();
    }

    public String password() {
        return address.password();
    }
}
