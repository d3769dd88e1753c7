package org.medmesh.analytics.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the {@value #TOPIC} topic is: the hospital's own broker, read from the same settings as replication
 * ({@code hospital.broker.embedded}, {@code .host}, {@code .port}, {@code .url}). The risk bean reads it through the
 * durable subscription {@value #SUBSCRIPTION}, shared so that several server instances split the work.
 */
@ApplicationScoped
public class PatientUpdateTopic {

    public static final String TOPIC = "patient_updates";
    public static final String SUBSCRIPTION = "risk-scoring";
    /** Artemis drops a second message with the same value of this property. */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    static final String KIND = "medmeshKind";

    @Inject
    @ConfigProperty(name = "hospital.broker.embedded", defaultValue = "true")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "hospital.broker.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "hospital.broker.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "hospital.broker.url")
    Optional<String> url;

    public String clientUrl() {
        if (embedded) {
            return "tcp://" + host + ":" + port;
        }
        return url.filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalStateException(
                "hospital.broker.url must be set when hospital.broker.embedded=false"));
    }
}
