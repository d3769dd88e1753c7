package org.medmesh.analytics.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;

/** A patient's latest heart-disease risk assessment, explained, for the clinicians who may see the patient. */
public interface RiskService {

    /**
     * Should check the caller's access to the patient as every clinical read does (404 unknown, 403 consent-required),
     * then return the latest assessment; refuse with {@link AnalyticsOptedOut} when the patient opted out of analytics,
     * {@link RiskAssessmentNotFound} before the first assessment, {@link RiskScoringUnavailable} when this node has no
     * pseudonym key.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    RiskView latest(PatientId patient);
}
