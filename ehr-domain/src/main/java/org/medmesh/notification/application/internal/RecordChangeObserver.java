package org.medmesh.notification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.medmesh.events.application.RecordChanged;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;

/**
 * Hears every change of a record here, written locally or received from a peer: a synchronous observer, so the
 * notification is stored in the change's own transaction and exists exactly when the change does. Hands the change to
 * {@link RecordChangeNotices} and holds nothing else, as it may be created on any module's thread.
 */
@ApplicationScoped
public class RecordChangeObserver {

    @Inject
    RecordChangeNotices notices;

    void changed(@Observes RecordChanged change) {
        notices.notice(new RecordChange(change.type(), change.eventId(), change.patientId(), change.origin(),
                change.state()));
    }
}
