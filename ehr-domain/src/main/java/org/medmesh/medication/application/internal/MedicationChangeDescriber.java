package org.medmesh.medication.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.medmesh.medication.application.replica.MedicationStates.PrescriptionState;
import org.medmesh.notification.domain.model.ChangeDescriber;
import org.medmesh.notification.domain.model.ChangeDescriber.RecordChange;
import org.medmesh.notification.domain.model.ClinicalChange;
import org.medmesh.notification.domain.model.ClinicalHappening;

/**
 * What a prescription's change means to the notification rules: written (the pharmacy will dispense it), cancelled or
 * voided (it must not). Dispensing and completion are the pharmacy's own work and tell no one.
 */
@ApplicationScoped
public class MedicationChangeDescriber implements ChangeDescriber {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Optional<ClinicalChange> describe(RecordChange change) {
        ClinicalHappening what = switch (change.type()) {
            case PRESCRIPTION_CREATED -> ClinicalHappening.PRESCRIPTION_CREATED;
            case PRESCRIPTION_CANCELLED, PRESCRIPTION_VOIDED -> ClinicalHappening.PRESCRIPTION_STOPPED;
            default -> null;
        };
        if (what == null) {
            return Optional.empty();
        }
        PrescriptionState p = JSON.fromJson(change.state(), PrescriptionState.class);
        String drug = p.drug().display() == null || p.drug().display().isBlank() ? p.drug().code() : p.drug().display();
        String summary = (what == ClinicalHappening.PRESCRIPTION_STOPPED ? "Stopped: " : "") + drug + " "
                + p.dose().toPlainString() + " " + p.doseUnit() + ", " + p.route().toLowerCase(Locale.ROOT)
                + ", " + p.frequency();
        String actor = p.record().changedBy() != null ? p.record().changedBy() : p.record().createdBy();
        Instant at = p.record().changedAt() != null ? p.record().changedAt() : p.record().createdAt();
        return Optional.of(new ClinicalChange(what, change.eventId(), change.patientId(), p.encounterId(),
                change.origin(), actor, at, summary));
    }
}
