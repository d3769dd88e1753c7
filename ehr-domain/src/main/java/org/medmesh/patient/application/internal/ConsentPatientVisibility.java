package org.medmesh.patient.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

import org.medmesh.notification.domain.model.PatientVisibility;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.PatientId;

/**
 * Tells the notification context which patients' alerts the signed-in clinician may see: exactly those whose records
 * {@link PatientAccess} would open (home hospital, sharing, or the caller's running break-the-glass grant).
 */
@ApplicationScoped
public class ConsentPatientVisibility implements PatientVisibility {

    @Inject
    PatientAccess access;

    @Override
    public boolean maySee(UUID patient) {
        return access.mayRead(new PatientId(patient));
    }

    @Override
    public boolean maySee(UUID patient, String username) {
        return access.mayRead(new PatientId(patient), username);
    }
}
