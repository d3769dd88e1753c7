package org.medmesh.notification.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.notification.domain.model.NotificationRule;

/**
 * Notification figures (Prometheus at {@code /metrics?scope=application}), per rule and present from start-up:
 * notifications made ({@code medmesh_notifications_created_total}) and inbox entries given
 * ({@code medmesh_notifications_delivered_total}).
 */
@ApplicationScoped
public class NotificationMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<NotificationRule, Counter> created = new EnumMap<>(NotificationRule.class);
    private final Map<NotificationRule, Counter> delivered = new EnumMap<>(NotificationRule.class);

    /** Made with the application, so every series is scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void register() {
        Metadata made = Metadata.builder().withName("medmesh_notifications_created")
                .withDescription("Notifications made, per rule (one per event and kind)").build();
        Metadata given = Metadata.builder().withName("medmesh_notifications_delivered")
                .withDescription("Inbox entries given to people, per rule (one per notification and person)").build();
        for (NotificationRule rule : NotificationRule.values()) {
            created.put(rule, registry.counter(made, new Tag("rule", rule.ruleName())));
            delivered.put(rule, registry.counter(given, new Tag("rule", rule.ruleName())));
        }
    }

    void created(NotificationRule rule) {
        created.get(rule).inc();
    }

    void delivered(NotificationRule rule, int inboxes) {
        delivered.get(rule).inc(inboxes);
    }
}
