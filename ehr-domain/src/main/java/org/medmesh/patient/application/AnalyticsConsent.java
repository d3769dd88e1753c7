package org.medmesh.patient.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import org.medmesh.patient.domain.model.PatientId;

/**
 * Published to the analytics module: which patients' data may be used for analytics, so opted-out patients are filtered
 * out before anything reaches a model. Answers with ids only, never patient data.
 */
public interface AnalyticsConsent {

    /** Should keep, in order, the patients who did not opt out (no recorded consent means not opted out). */
    @PermitAll
    List<PatientId> usableForAnalytics(List<PatientId> patients);

    /** Should tell whether the patient's data may be used for analytics. */
    @PermitAll
    boolean allowsAnalytics(PatientId patient);

    /**
     * Should list every patient known here who opted out of analytics, whether the choice was recorded here or
     * replicated from another hospital (so the analytics module can erase what it stored before the choice arrived).
     */
    @PermitAll
    List<PatientId> optedOut();
}
