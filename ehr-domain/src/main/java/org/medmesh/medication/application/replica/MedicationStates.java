package org.medmesh.medication.application.replica;

import java.math.BigDecimal;
import java.util.UUID;

import org.medmesh.clinical.application.replica.ClinicalStates;
import org.medmesh.medication.domain.model.Dispensing;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.shared.application.replica.Coding;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.application.replica.StoredIn;

/** Prescriptions and dispensings as hospitals exchange them (schema version 1 each). */
public final class MedicationStates {

    private MedicationStates() {
    }

    public record PrescriptionState(int schemaVersion, @StoredIn("id") UUID id,
            @StoredIn("patient_id") UUID patientId, @StoredIn("encounter_id") UUID encounterId, Coding drug,
            @StoredIn("dose") BigDecimal dose, @StoredIn("dose_unit") String doseUnit,
            @StoredIn("route") String route, @StoredIn("frequency") String frequency,
            @StoredIn("duration_days") int durationDays, @StoredIn("instructions") String instructions,
            @StoredIn("status") String status, @StoredIn("override_reason") String overrideReason,
            @StoredIn("overridden_conflicts") String overriddenConflicts,
            @StoredIn("cancel_reason") String cancelReason, Provenance record) implements ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static PrescriptionState of(Prescription p) {
            Dosage d = p.dosage();
            return new PrescriptionState(SCHEMA_VERSION, p.id(), p.patientId().value(), p.encounterId(),
                    ClinicalStates.coding(p.drug()), d.dose(), d.doseUnit(), d.route().name(), d.frequency(),
                    d.durationDays(), p.instructions(), p.status().name(), p.overrideReason(), p.overriddenConflicts(),
                    p.cancelReason(), Provenance.of(p));
        }
    }

    public record DispensingState(int schemaVersion, @StoredIn("id") UUID id,
            @StoredIn("patient_id") UUID patientId, @StoredIn("prescription_id") UUID prescriptionId,
            @StoredIn("quantity") String quantity, @StoredIn("note") String note, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static DispensingState of(Dispensing d) {
            return new DispensingState(SCHEMA_VERSION, d.id(), d.patientId().value(), d.prescriptionId(),
                    d.quantity(), d.note(), Provenance.of(d));
        }
    }
}
