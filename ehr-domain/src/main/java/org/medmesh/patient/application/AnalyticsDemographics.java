package org.medmesh.patient.application;

import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.util.Optional;

import org.medmesh.patient.domain.model.PatientId;

/**
 * Published to the clinical context's analytics source: the demographics a risk model uses. No access check: the
 * analytics feed filters by consent and de-identifies before anything leaves the node.
 */
public interface AnalyticsDemographics {

    /** Birth date and sex (its code, e.g. {@code FEMALE}). */
    record Demographics(LocalDate birthDate, String sex) {
    }

    /** Should return the demographics of a patient registered here and not voided, else empty. */
    @PermitAll
    Optional<Demographics> of(PatientId patient);
}
