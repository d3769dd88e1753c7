package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.EncounterService;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.EncounterType;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultEncounterService implements EncounterService {

    private static final String KIND = "visit";

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientRecords records;

    @Inject
    Caller caller;

    @Override
    public EncounterView start(PatientId patient, EncounterType type, String ward, String attending,
            Instant startedAt) {
        Stamp stamp = caller.stamp();
        Encounter encounter = new Encounter(writer.requireActivePatient(patient), type, ward,
                attending == null ? stamp.by() : attending, startedAt == null ? stamp.at() : startedAt, stamp);
        return writer.created(ChangeType.ENCOUNTER_STARTED, encounter, stamp, EncounterView::of);
    }

    @Override
    public EncounterView finish(UUID encounterId, long expectedVersion, Instant endedAt) {
        return writer.change(Encounter.class, encounterId, KIND, expectedVersion, ChangeType.ENCOUNTER_FINISHED,
                (e, s) -> e.finish(endedAt == null ? s.at() : endedAt, s), EncounterView::of);
    }

    @Override
    public Page<EncounterView> list(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(records.ofPatient(Encounter.class, writer.requireReadable(patient), includeVoided, page, size),
                page, size,
                EncounterView::of);
    }

    @Override
    public EncounterView voidEncounter(UUID encounterId, long expectedVersion, String reason) {
        return writer.change(Encounter.class, encounterId, KIND, expectedVersion, ChangeType.ENCOUNTER_VOIDED,
                (e, s) -> e.voidRecord(s, reason), EncounterView::of);
    }
}
