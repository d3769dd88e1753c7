package org.medmesh.notification.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

import org.medmesh.events.application.RecordChanged;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.domain.model.ChangeDescriber;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRule;

/**
 * Applies the notification rules to every change of a record here, written locally or received from a peer: a
 * synchronous observer, so the notification is stored in the change's own transaction and exists exactly when the
 * change does. The contexts that own the records say what a change means ({@link ChangeDescriber}); the rules say who
 * is told ({@link NotificationRule}).
 */
@ApplicationScoped
public class ClinicalNotices {

    @Inject
    @Any
    Instance<ChangeDescriber> contexts;

    @Inject
    ThisHospital hospital;

    @Inject
    NotificationLog log;

    private List<ChangeDescriber> describers;

    @PostConstruct
    void findDescribers() {
        describers = contexts.stream().toList();
    }

    void changed(@Observes RecordChanged change) {
        String here = hospital.profile().id().value();
        RecordChange recordChange = new RecordChange(change.type(), change.eventId(), change.patientId(),
                change.origin(), change.state());
        for (ChangeDescriber describer : describers) {
            describer.describe(recordChange).ifPresent(described -> NotificationRule.forChange(described, here)
                    .ifPresent(rule -> log.record(Notification.clinical(rule, described, Instant.now()))));
        }
    }
}
