package org.medmesh.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sign-ins with a local account at this server instance (Prometheus at {@code /metrics?scope=application}), there from
 * start-up: {@code medmesh_signins_total{outcome}} — succeeded, failed (unknown account, wrong password, disabled
 * account: one outcome, as the caller is told) or refused while locked — and {@code medmesh_signin_lockouts_total}, the
 * usernames locked after repeated failures. No username in any label.
 */
@ApplicationScoped
public class SignInMetrics {

    /** How a sign-in ended. */
    enum Outcome {
        SUCCEEDED, FAILED, LOCKED
    }

    @Inject
    MetricRegistry registry;

    private final Map<Outcome, Counter> signIns = new EnumMap<>(Outcome.class);
    private Counter lockouts;

    /** Made with the application, so every series is scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        Metadata signInsMetadata = Metadata.builder().withName("medmesh_signins").withDescription("Sign-ins with a"
                + " local account by outcome: succeeded, failed, or refused while the username is locked").build();
        for (Outcome outcome : Outcome.values()) {
            signIns.put(outcome, registry.counter(signInsMetadata, new Tag("outcome", outcome.name().toLowerCase(
                    Locale.ROOT))));
        }
        lockouts = registry.counter(Metadata.builder().withName("medmesh_signin_lockouts").withDescription(
                "Usernames locked after repeated failed sign-ins").build());
    }

    void ended(Outcome outcome) {
        signIns.get(outcome).inc();
    }

    void locked() {
        lockouts.inc();
    }
}
