package org.medmesh.notification.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.domain.model.ChangeDescriber;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.NotificationRule;

/**
 * Applies the notification rules to a change of a record here, in the change's transaction: the context that owns the
 * record says what the change means ({@link ChangeDescriber}); the rules say who is told ({@link NotificationRule}). A
 * session bean, so it runs in this module's context whichever module's thread made the change (replication's inbox
 * consumer has no access to this module's persistence unit).
 */
@Stateless
@PermitAll
public class RecordChangeNotices {

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

    public void notice(RecordChange change) {
        String here = hospital.profile().id().value();
        for (ChangeDescriber describer : describers) {
            describer.describe(change).ifPresent(described -> NotificationRule.forChange(described, here)
                    .ifPresent(rule -> log.record(Notification.clinical(rule, described, Instant.now()))));
        }
    }
}
