package org.medmesh.clinical.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.clinical.application.ClinicalViews.NoteView;
import org.medmesh.clinical.application.NoteService;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.ClinicalNote;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.NoteType;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultNoteService implements NoteService {

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientRecords records;

    @Inject
    Caller caller;

    @Override
    public NoteView write(PatientId patient, UUID encounterId, NoteType type, String text) {
        Stamp stamp = caller.stamp();
        writer.requireActivePatient(patient);
        ClinicalNote note = new ClinicalNote(patient, writer.requireEncounterOf(patient, encounterId,
                Encounter.class), type, text, null, stamp);
        return writer.created(ChangeType.NOTE_WRITTEN, note, stamp, NoteView::of);
    }

    @Override
    public NoteView amend(UUID noteId, long expectedVersion, String text) {
        ClinicalNote old = writer.loadForChange(ClinicalNote.class, noteId, "note", expectedVersion);
        Stamp stamp = caller.stamp();
        old.requireAuthor(stamp, "amend");
        ClinicalNote amended = new ClinicalNote(old.patientId(), old.encounterId().orElse(null), old.type(), text,
                old.id(), stamp);
        NoteView view = writer.created(ChangeType.NOTE_WRITTEN, amended, stamp, NoteView::of);
        old.voidRecord(stamp, "Amended by note " + amended.id());
        writer.changed(ChangeType.NOTE_VOIDED, old, stamp, NoteView::of);
        return view;
    }

    @Override
    public Page<NoteView> list(PatientId patient, boolean includeVoided, int page, int size) {
        return Page.of(
                records.ofPatient(ClinicalNote.class, writer.requireReadable(patient), includeVoided, page, size), page,
                size,
                NoteView::of);
    }

    @Override
    public NoteView voidNote(UUID noteId, long expectedVersion, String reason) {
        return writer.change(ClinicalNote.class, noteId, "note", expectedVersion, ChangeType.NOTE_VOIDED,
                (n, s) -> n.voidRecord(s, reason), NoteView::of);
    }
}
