package org.medmesh.notification.application;

import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.util.UUID;

/**
 * Published to the analytics module: tells the patient's care team (today: this hospital's notification list, as for
 * break-the-glass) of a high heart-disease risk. The analytics module knows the patient only by pseudonym; the alert
 * names the change that led to the assessment, and the patient is found from this hospital's own outbox.
 */
public interface CareTeamAlerts {

    /**
     * Should record one notification of kind {@code risk-high} per assessment (a second call for the same assessment
     * does nothing), naming the patient of the outbox event {@code causedBy}; does nothing when that event is not in
     * this hospital's outbox. {@code summary} must hold no patient data.
     */
    @PermitAll
    void highRisk(UUID assessment, UUID causedBy, String summary, Instant assessedAt);
}
