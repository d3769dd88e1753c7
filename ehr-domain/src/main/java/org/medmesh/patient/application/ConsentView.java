package org.medmesh.patient.application;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.shared.application.RecordMetadata;

/**
 * A patient's consent as clients and events see it; each choice with who changed it last, when and why (null while it
 * has its default).
 */
public record ConsentView(UUID id, UUID patientId, boolean sharingWithHospitals, Instant sharingChangedAt,
        String sharingChangedBy, String sharingReason, boolean analyticsUse, Instant analyticsChangedAt,
        String analyticsChangedBy, String analyticsReason, RecordMetadata record) {

    public static ConsentView of(PatientConsent c) {
        return new ConsentView(c.id(), c.patientId().value(), c.sharingWithHospitals(), c.sharingChangedAt(),
                c.sharingChangedBy(), c.sharingReason(), c.analyticsUse(), c.analyticsChangedAt(),
                c.analyticsChangedBy(), c.analyticsReason(), RecordMetadata.of(c));
    }

    /** The consent of a patient for whom none was ever recorded: shared, usable for analytics, version 0. */
    public static ConsentView defaults(Patient patient) {
        return new ConsentView(patient.id(), patient.id(), true, null, null, null, true, null, null, null,
                new RecordMetadata(patient.homeHospital().value(), null, null, null, null, false, null, null, null,
                        0));
    }
}
