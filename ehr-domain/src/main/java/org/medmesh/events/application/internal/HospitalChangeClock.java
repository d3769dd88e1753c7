package org.medmesh.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.medmesh.events.application.ChangeClock;
import org.medmesh.events.domain.model.EventOutbox;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HybridLogicalClock;

/** The clock resumes after the latest timestamp in the outbox, so it never goes back after a restart. */
@ApplicationScoped
public class HospitalChangeClock implements ChangeClock {

    @Inject
    ThisHospital hospital;

    @Inject
    EventOutbox outbox;

    private HybridLogicalClock clock;

    @Override
    public Hlc now() {
        return clock().now();
    }

    @Override
    public Hlc receive(Hlc remote) {
        return clock().receive(remote);
    }

    private synchronized HybridLogicalClock clock() {
        if (clock == null) {
            clock = HybridLogicalClock.resumingAfter(hospital.profile().id(), System::currentTimeMillis,
                    outbox.latestHlc().orElse(null));
        }
        return clock;
    }
}
