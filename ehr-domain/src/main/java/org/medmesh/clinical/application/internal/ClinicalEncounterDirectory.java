package org.medmesh.clinical.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.EncounterStatus;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.notification.domain.model.EncounterDirectory;

/**
 * Tells the notification rules an encounter's ward, attending doctor, state and hospital (no consent check: no read).
 */
@ApplicationScoped
public class ClinicalEncounterDirectory implements EncounterDirectory {

    @Inject
    PatientRecords records;

    @Override
    public Optional<EncounterOnWard> find(UUID encounterId) {
        return records.find(Encounter.class, encounterId).filter(e -> !e.voided())
                .map(e -> new EncounterOnWard(e.ward(), e.attending(), e.status() == EncounterStatus.IN_PROGRESS,
                        e.homeHospital().value()));
    }
}
