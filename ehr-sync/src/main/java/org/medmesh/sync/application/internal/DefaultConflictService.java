package org.medmesh.sync.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.UUID;

import org.medmesh.events.application.ChangeClock;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.events.application.ReplicationEvents;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.ConsentRequired;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.sync.application.ConflictResolution;
import org.medmesh.sync.application.ConflictService;
import org.medmesh.sync.application.ConflictView;
import org.medmesh.sync.infrastructure.persistence.ConflictRecords;
import org.medmesh.sync.infrastructure.persistence.SyncDatabase;
import org.medmesh.sync.infrastructure.persistence.ConflictResolutions;
import org.medmesh.sync.infrastructure.persistence.ParkedConflict;

@Stateless
public class DefaultConflictService implements ConflictService {

    private static final String CONFLICTS = "read or write conflicts";

    @Inject
    SyncDatabase database;

    @Inject
    Caller caller;

    @Inject
    ChangeClock clock;

    @Inject
    ThisHospital hospital;

    @Inject
    ReplicationEvents outbox;

    @Inject
    PatientAccess access;

    @Override
    public Page<ConflictView> list(boolean openOnly, int page, int size) {
        return database.run(CONFLICTS, session -> Page.of(session.conflicts().list(openOnly, page, size), page,
                size, c -> mayRead(c) ? view(c) : view(c).withheld()));
    }

    @Override
    public ConflictView get(UUID id) {
        return database.run(CONFLICTS, session -> view(readable(session.conflicts().find(id, false)
                .orElseThrow(() -> new RecordNotFound("conflict", id)))));
    }

    @Override
    public ConflictView resolve(UUID id, ConflictResolution resolution, String note) {
        Stamp reviewer = caller.stamp();
        return database.run(CONFLICTS, session -> {
            ConflictRecords conflicts = session.conflicts();
            ParkedConflict conflict = readable(conflicts.find(id, true)
                    .orElseThrow(() -> new RecordNotFound("conflict", id)));
            if (!conflict.open()) {
                throw new IllegalTransition("conflict-resolved", "This conflict was already resolved by "
                        + conflict.resolvedBy() + " on " + conflict.resolvedAt() + ".");
            }
            if (resolution == ConflictResolution.REAPPLY_LOSER) {
                new ConflictReapplication(session.replicaStore(), clock, outbox).reapply(conflict, reviewer);
            }
            String kept = note == null || note.isBlank() ? null : note.strip();
            conflicts.markResolved(id, resolution.name(), reviewer.by(), reviewer.at(), kept);
            conflicts.recordResolution(id, resolution.name(), reviewer.by(), reviewer.at(), kept,
                    reviewer.hospital().value());
            outbox.append(ConflictResolutions.event(id, conflict.patientId(), resolution.name(), kept,
                    reviewer.hospital().value(), reviewer.by(), reviewer.at(), clock.now()));
            return view(conflicts.find(id, false).orElseThrow());
        });
    }

    /** Both versions are the patient's data: the consent decides, as for the record itself. */
    private boolean mayRead(ParkedConflict conflict) {
        return conflict.patientId() == null || access.mayRead(new PatientId(conflict.patientId()));
    }

    private ParkedConflict readable(ParkedConflict conflict) {
        if (!mayRead(conflict)) {
            throw new ConsentRequired(new PatientId(conflict.patientId()));
        }
        return conflict;
    }

    private static ConflictView view(ParkedConflict c) {
        return new ConflictView(c.id(), c.aggregateType(), c.aggregateId(), c.patientId(),
                version(c.winnerEvent(), c.winnerHlc(), c.winnerPayload()),
                version(c.loserEvent(), c.loserHlc(), c.loserPayload()), c.detectedAt(), c.status(), c.resolution(),
                c.resolvedBy(), c.resolvedAt(), c.resolutionNote(), false);
    }

    private static ConflictView.Version version(UUID event, String hlc, String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject state = reader.readObject();
            return new ConflictView.Version(event, hlc, Hlc.parse(hlc).hospital().value(), state);
        }
    }
}
