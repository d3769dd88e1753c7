package org.medmesh.medication.application;

import java.util.UUID;

import org.medmesh.medication.domain.model.Dispensing;
import org.medmesh.shared.application.RecordMetadata;

/** A dispensing as clients and events see it. */
public record DispensingView(UUID id, UUID patientId, UUID prescriptionId, String quantity, String note,
        String pharmacist, RecordMetadata record) {

    public static DispensingView of(Dispensing d) {
        return new DispensingView(d.id(), d.patientId().value(), d.prescriptionId(), d.quantity(), d.note(),
                d.pharmacist(), RecordMetadata.of(d));
    }
}
