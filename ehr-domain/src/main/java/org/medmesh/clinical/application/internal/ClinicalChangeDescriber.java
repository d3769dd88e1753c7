package org.medmesh.clinical.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.clinical.application.replica.ClinicalStates.ObservationState;
import org.medmesh.clinical.application.replica.ClinicalStates.TreatmentState;
import org.medmesh.clinical.domain.model.Interpretation;
import org.medmesh.clinical.domain.model.TreatmentStatus;
import org.medmesh.notification.domain.model.ChangeDescriber;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.domain.model.ChangeType;

/**
 * What a change of an observation or a treatment means to the notification rules: a result outside its reference range
 * (interpretation low, high or abnormal; its topic the test and the interpretation, so a repeat within the hour is not
 * notified again); a treatment ordered, started or cancelled.
 */
@ApplicationScoped
public class ClinicalChangeDescriber implements ChangeDescriber {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Optional<ClinicalChange> describe(RecordChange change) {
        return switch (change.type()) {
            case OBSERVATION_RECORDED -> outOfRange(change, JSON.fromJson(change.state(), ObservationState.class));
            case TREATMENT_ORDERED, TREATMENT_UPDATED -> treatment(change, JSON.fromJson(change.state(),
                    TreatmentState.class));
            default -> Optional.empty();
        };
    }

    private static Optional<ClinicalChange> outOfRange(RecordChange change, ObservationState o) {
        if (o.interpretation() == null || Interpretation.valueOf(o.interpretation()) == Interpretation.NORMAL) {
            return Optional.empty();
        }
        StringBuilder summary = new StringBuilder(display(o.code().display(), o.code().code()));
        if (o.value() != null) {
            summary.append(' ').append(o.value().toPlainString()).append(o.unit() == null ? "" : " " + o.unit());
        } else if (o.answer() != null) {
            summary.append(": ").append(o.answer());
        }
        summary.append(" (").append(o.interpretation());
        summary.append(range(o.referenceLow(), o.referenceHigh()));
        summary.append(')');
        String topic = o.code().system() + "|" + o.code().code() + "|" + o.interpretation();
        return Optional.of(of(ClinicalHappening.RESULT_OUT_OF_RANGE, change, o.encounterId(), o.record(),
                summary.toString(), o.code().code() == null ? null : topic));
    }

    private static Optional<ClinicalChange> treatment(RecordChange change, TreatmentState t) {
        TreatmentStatus status = TreatmentStatus.valueOf(t.status());
        Optional<ClinicalHappening> what;
        if (change.type() == ChangeType.TREATMENT_ORDERED) {
            what = Optional.of(ClinicalHappening.TREATMENT_ORDERED);
        } else if (status == TreatmentStatus.CANCELLED) {
            what = Optional.of(ClinicalHappening.TREATMENT_CANCELLED);
        } else if (status == TreatmentStatus.IN_PROGRESS && t.startedAt() != null
                && t.startedAt().equals(t.record().changedAt())) {
            what = Optional.of(ClinicalHappening.TREATMENT_STARTED);
        } else {
            what = Optional.empty();
        }
        String verb = switch (status) {
            case ORDERED -> "ordered";
            case IN_PROGRESS -> "started";
            case CANCELLED -> "cancelled";
            case COMPLETED -> "completed";
        };
        return what.map(w -> of(w, change, t.encounterId(), t.record(), display(t.code().display(), t.code().code())
                + " " + verb, null));
    }

    private static ClinicalChange of(ClinicalHappening what, RecordChange change, UUID encounter, Provenance record,
            String summary, String topic) {
        String actor = record.changedBy() != null ? record.changedBy() : record.createdBy();
        Instant at = record.changedAt() != null ? record.changedAt() : record.createdAt();
        return new ClinicalChange(what, change.eventId(), change.patientId(), encounter, change.origin(), actor, at,
                summary, topic);
    }

    private static String display(String display, String code) {
        return display == null || display.isBlank() ? code : display;
    }

    /** "; reference 60–100", "; reference ≤ 200", "; reference ≥ 70", or nothing without a range. */
    private static String range(BigDecimal low, BigDecimal high) {
        if (low != null && high != null) {
            return "; reference " + low.toPlainString() + "–" + high.toPlainString();
        }
        if (high != null) {
            return "; reference ≤ " + high.toPlainString();
        }
        return low == null ? "" : "; reference ≥ " + low.toPlainString();
    }
}
