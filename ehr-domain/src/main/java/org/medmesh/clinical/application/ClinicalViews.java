package org.medmesh.clinical.application;

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
import org.medmesh.shared.application.RecordMetadata;

/** How clinical records look to clients and in events. */
public final class ClinicalViews {

    private ClinicalViews() {
    }

    public record EncounterView(UUID id, UUID patientId, String type, String ward, String attending,
            Instant startedAt, Instant endedAt, String status, RecordMetadata record) {

        public static EncounterView of(Encounter e) {
            return new EncounterView(e.id(), e.patientId().value(), e.type().name(), e.ward(), e.attending(),
                    e.startedAt(), e.endedAt(), e.status().name(), RecordMetadata.of(e));
        }
    }

    public record ObservationView(UUID id, UUID patientId, UUID encounterId, String category, CodedConcept code,
            BigDecimal value, String unit, String answer, BigDecimal referenceLow, BigDecimal referenceHigh,
            String interpretation, Instant effectiveAt, RecordMetadata record) {

        public static ObservationView of(Observation o) {
            return new ObservationView(o.id(), o.patientId().value(), o.encounterId().orElse(null),
                    o.category().name(), o.code(), o.quantity(), o.unit(), o.answer(), o.referenceLow(),
                    o.referenceHigh(), o.interpretation() == null ? null : o.interpretation().name(),
                    o.effectiveAt(), RecordMetadata.of(o));
        }
    }

    public record ConditionView(UUID id, UUID patientId, CodedConcept code, String status, LocalDate onsetDate,
            LocalDate abatementDate, String note, RecordMetadata record) {

        public static ConditionView of(Condition c) {
            return new ConditionView(c.id(), c.patientId().value(), c.code(), c.status().name(), c.onsetDate(),
                    c.abatementDate(), c.note(), RecordMetadata.of(c));
        }
    }

    public record AllergyView(UUID id, UUID patientId, CodedConcept substance, String reaction, String severity,
            String status, RecordMetadata record) {

        public static AllergyView of(Allergy a) {
            return new AllergyView(a.id(), a.patientId().value(), a.substance(), a.reaction(), a.severity().name(),
                    a.status().name(), RecordMetadata.of(a));
        }
    }

    public record NoteView(UUID id, UUID patientId, UUID encounterId, String type, String text, String author,
            UUID amends, RecordMetadata record) {

        public static NoteView of(ClinicalNote n) {
            return new NoteView(n.id(), n.patientId().value(), n.encounterId().orElse(null), n.type().name(),
                    n.text(), n.author(), n.amends().orElse(null), RecordMetadata.of(n));
        }
    }

    public record TreatmentView(UUID id, UUID patientId, UUID encounterId, CodedConcept code, String instructions,
            String status, String orderedBy, String performedBy, Instant startedAt, Instant completedAt,
            String outcome, String cancelReason, RecordMetadata record) {

        public static TreatmentView of(Treatment t) {
            return new TreatmentView(t.id(), t.patientId().value(), t.encounterId(), t.code(), t.instructions(),
                    t.status().name(), t.orderedBy(), t.performedBy(), t.startedAt(), t.completedAt(), t.outcome(),
                    t.cancelReason(), RecordMetadata.of(t));
        }
    }
}
