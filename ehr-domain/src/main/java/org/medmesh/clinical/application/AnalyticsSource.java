package org.medmesh.clinical.application;

import jakarta.annotation.security.PermitAll;

import java.util.Optional;

import org.medmesh.patient.domain.model.PatientId;

/**
 * Published to the analytics module: the facts a risk model may read about one patient — birth date, administrative sex
 * and the current (not voided) coded observations — and nothing that names the patient. The caller must have checked
 * the patient's analytics consent first ({@code patient.application.AnalyticsConsent}).
 */
public interface AnalyticsSource {

    /**
     * Should return the patient's birth date, sex and current coded observations, most recent first; empty when the
     * patient is unknown here or voided. Runs as the system (the analytics feed has no caller).
     */
    @PermitAll
    Optional<AnalyticsFacts> factsOf(PatientId patient);
}
