package org.medmesh.medication.application;

import java.math.BigDecimal;
import java.util.UUID;

import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.shared.application.RecordMetadata;

/** A prescription as clients and events see it, including any override of the safety check. */
public record PrescriptionView(UUID id, UUID patientId, UUID encounterId, CodedConcept drug, BigDecimal dose,
        String doseUnit, String route, String frequency, int durationDays, String instructions, String status,
        String prescriber, String overrideReason, String overriddenConflicts, String cancelReason,
        RecordMetadata record) {

    public static PrescriptionView of(Prescription p) {
        Dosage d = p.dosage();
        return new PrescriptionView(p.id(), p.patientId().value(), p.encounterId(), p.drug(), d.dose(),
                d.doseUnit(), d.route().name(), d.frequency(), d.durationDays(), p.instructions(), p.status().name(),
                p.prescriber(), p.overrideReason(), p.overriddenConflicts(), p.cancelReason(),
                RecordMetadata.of(p));
    }
}
