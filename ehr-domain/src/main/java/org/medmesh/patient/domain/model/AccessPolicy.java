package org.medmesh.patient.domain.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.medmesh.shared.domain.model.HospitalId;

/**
 * Who may see a patient's clinical data at this hospital: at the patient's home hospital everyone the role allows;
 * elsewhere only while the patient shares the record with the other hospitals, or through a running break-the-glass
 * grant of the caller at this hospital.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * @param consent the patient's consent, or null when none was ever recorded (the defaults: shared)
     * @param grants the patient's break-the-glass grants (any user, any hospital)
     */
    public static AccessDecision decide(HospitalId patientHome, HospitalId here, PatientConsent consent,
            Collection<BreakGlassGrant> grants, String user, Instant now) {
        if (patientHome.equals(here) || consent == null || consent.sharingWithHospitals()) {
            return AccessDecision.ALLOWED;
        }
        return runningGrant(grants, user, here, now).isPresent()
                ? AccessDecision.ALLOWED_BY_BREAK_GLASS
                : AccessDecision.CONSENT_REQUIRED;
    }

    /**
     * The grant of {@code user} at {@code here} that still runs at {@code now}; of several, the one running longest.
     */
    public static Optional<BreakGlassGrant> runningGrant(Collection<BreakGlassGrant> grants, String user,
            HospitalId here, Instant now) {
        return grants.stream().filter(g -> g.allows(user, here, now))
                .max(Comparator.comparing(BreakGlassGrant::expiresAt));
    }
}
