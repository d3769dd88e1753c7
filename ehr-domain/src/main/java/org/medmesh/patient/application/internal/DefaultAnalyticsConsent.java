package org.medmesh.patient.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

import org.medmesh.patient.application.AnalyticsConsent;
import org.medmesh.patient.domain.model.ConsentRecords;
import org.medmesh.patient.domain.model.PatientId;

@Stateless
public class DefaultAnalyticsConsent implements AnalyticsConsent {

    @Inject
    ConsentRecords consents;

    @Override
    public List<PatientId> usableForAnalytics(List<PatientId> patients) {
        Set<PatientId> optedOut = consents.optedOutOfAnalytics(patients);
        return patients.stream().filter(p -> !optedOut.contains(p)).toList();
    }

    @Override
    public boolean allowsAnalytics(PatientId patient) {
        return consents.consentOf(patient).map(c -> c.analyticsUse()).orElse(true);
    }

    @Override
    public List<PatientId> optedOut() {
        return consents.optedOutOfAnalytics();
    }
}
