package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.application.ObservationService;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.ObservationCategory;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultObservationService implements ObservationService {

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientRecords records;

    @Inject
    Caller caller;

    @Override
    public ObservationView record(PatientId patient, UUID encounterId, ObservationCategory category,
            CodedConcept code, ObservationValue value, Instant effectiveAt) {
        Stamp stamp = caller.stamp();
        writer.requireActivePatient(patient);
        Observation observation = new Observation(patient, writer.requireEncounterOf(patient, encounterId,
                Encounter.class), category, code, value, effectiveAt == null ? stamp.at() : effectiveAt, stamp);
        return writer.created(ChangeType.OBSERVATION_RECORDED, observation, stamp, ObservationView::of);
    }

    @Override
    public Page<ObservationView> list(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(records.ofPatient(Observation.class, writer.requireReadable(patient), includeVoided, page, size),
                page, size,
                ObservationView::of);
    }

    @Override
    public ObservationView voidObservation(UUID observationId, long expectedVersion, String reason) {
        return writer.change(Observation.class, observationId, "observation", expectedVersion,
                ChangeType.OBSERVATION_VOIDED,
                (o, s) -> o.voidRecord(s, reason), ObservationView::of);
    }
}
