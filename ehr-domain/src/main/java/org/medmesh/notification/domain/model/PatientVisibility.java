package org.medmesh.notification.domain.model;

import java.util.UUID;

/**
 * Whether the signed-in clinician may see a patient's clinical data at this hospital, so a clinical alert is shown only
 * to those who may open its patient. Answered by the patient context (consent and break-the-glass), which owns that
 * rule; this context only asks.
 */
public interface PatientVisibility {

    boolean maySee(UUID patient);

    /**
     * Whether the staff member {@code username} of this hospital may see the patient's clinical data here (for a
     * notification addressed to them outside their own request); notes no use of break-the-glass, as nothing is read.
     */
    boolean maySee(UUID patient, String username);
}
