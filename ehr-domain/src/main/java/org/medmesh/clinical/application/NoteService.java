package org.medmesh.clinical.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.NoteView;
import org.medmesh.clinical.domain.model.NoteType;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

/** Free-text clinical notes; append-only, corrected by amendment. */
public interface NoteService {

    /** Should store the note with the caller as author and emit {@code note.written}. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    NoteView write(PatientId patient, UUID encounterId, NoteType type, String text);

    /**
     * Should write a new note amending the old one, void the old one with a reason naming its replacement, and emit
     * {@code note.written} and {@code note.voided}; only the author may amend (else
     * {@link org.medmesh.clinical.domain.model.NotTheAuthor}).
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    NoteView amend(UUID noteId, long expectedVersion, String text);

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    Page<NoteView> list(PatientId patient, boolean includeVoided, int page, int size);

    /**
     * Should void the note with the reason and emit {@code note.voided}; only the author may void, as only the author
     * may amend (anyone else: {@link org.medmesh.clinical.domain.model.NotTheAuthor}, nothing changed).
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    NoteView voidNote(UUID noteId, long expectedVersion, String reason);
}
