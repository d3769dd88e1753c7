package org.medmesh.notification.domain.model;

import java.util.Set;
import java.util.UUID;

/**
 * Implemented by the chart context, which reads across clinical and medication records: a patient's care team at this
 * hospital is the doctors attending the patient's open encounters here and the staff who recorded, ordered or
 * prescribed in those encounters (their usernames; accounts may since have been disabled, which the fan-out checks).
 */
public interface CareTeams {

    Set<String> of(UUID patientId);
}
