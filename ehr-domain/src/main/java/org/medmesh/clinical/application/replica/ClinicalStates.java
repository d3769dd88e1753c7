package org.medmesh.clinical.application.replica;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.ClinicalNote;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Condition;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.Treatment;
import org.medmesh.shared.application.replica.Coding;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.application.replica.StoredIn;

/** The clinical records as hospitals exchange them (schema version 1 each). */
public final class ClinicalStates {

    private ClinicalStates() {
    }

    /** A coded concept as the contract carries it. */
    public static Coding coding(CodedConcept concept) {
        return concept == null ? null : new Coding(concept.system(), concept.code(), concept.display());
    }

    public record EncounterState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            @StoredIn("encounter_type") String type, @StoredIn("ward") String ward,
            @StoredIn("attending") String attending, @StoredIn("started_at") Instant startedAt,
            @StoredIn("ended_at") Instant endedAt, @StoredIn("status") String status, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static EncounterState of(Encounter e) {
            return new EncounterState(SCHEMA_VERSION, e.id(), e.patientId().value(), e.type().name(), e.ward(),
                    e.attending(), e.startedAt(), e.endedAt(), e.status().name(), Provenance.of(e));
        }
    }

    public record ObservationState(int schemaVersion, @StoredIn("id") UUID id,
            @StoredIn("patient_id") UUID patientId, @StoredIn("encounter_id") UUID encounterId,
            @StoredIn("category") String category, Coding code, @StoredIn("value_quantity") BigDecimal value,
            @StoredIn("value_unit") String unit, @StoredIn("value_answer") String answer,
            @StoredIn("reference_low") BigDecimal referenceLow, @StoredIn("reference_high") BigDecimal referenceHigh,
            @StoredIn("interpretation") String interpretation, @StoredIn("effective_at") Instant effectiveAt,
            Provenance record) implements ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static ObservationState of(Observation o) {
            return new ObservationState(SCHEMA_VERSION, o.id(), o.patientId().value(), o.encounterId().orElse(null),
                    o.category().name(), coding(o.code()), o.quantity(), o.unit(), o.answer(), o.referenceLow(),
                    o.referenceHigh(), o.interpretation() == null ? null : o.interpretation().name(),
                    o.effectiveAt(), Provenance.of(o));
        }
    }

    public record ConditionState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            Coding code, @StoredIn("clinical_status") String status, @StoredIn("onset_date") LocalDate onsetDate,
            @StoredIn("abatement_date") LocalDate abatementDate, @StoredIn("note") String note, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static ConditionState of(Condition c) {
            return new ConditionState(SCHEMA_VERSION, c.id(), c.patientId().value(), coding(c.code()),
                    c.status().name(), c.onsetDate(), c.abatementDate(), c.note(), Provenance.of(c));
        }
    }

    public record AllergyState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            Coding substance, @StoredIn("reaction") String reaction, @StoredIn("severity") String severity,
            @StoredIn("status") String status, Provenance record) implements ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static AllergyState of(Allergy a) {
            return new AllergyState(SCHEMA_VERSION, a.id(), a.patientId().value(), coding(a.substance()),
                    a.reaction(), a.severity().name(), a.status().name(), Provenance.of(a));
        }
    }

    public record NoteState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            @StoredIn("encounter_id") UUID encounterId, @StoredIn("note_type") String type,
            @StoredIn("text") String text, @StoredIn("amends_note_id") UUID amends, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static NoteState of(ClinicalNote n) {
            return new NoteState(SCHEMA_VERSION, n.id(), n.patientId().value(), n.encounterId().orElse(null),
                    n.type().name(), n.text(), n.amends().orElse(null), Provenance.of(n));
        }
    }

    public record TreatmentState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            @StoredIn("encounter_id") UUID encounterId, Coding code, @StoredIn("instructions") String instructions,
            @StoredIn("status") String status, @StoredIn("performed_by") String performedBy,
            @StoredIn("started_at") Instant startedAt, @StoredIn("completed_at") Instant completedAt,
            @StoredIn("outcome") String outcome, @StoredIn("cancel_reason") String cancelReason, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static TreatmentState of(Treatment t) {
            return new TreatmentState(SCHEMA_VERSION, t.id(), t.patientId().value(), t.encounterId(),
                    coding(t.code()), t.instructions(), t.status().name(), t.performedBy(), t.startedAt(),
                    t.completedAt(), t.outcome(), t.cancelReason(), Provenance.of(t));
        }
    }
}
