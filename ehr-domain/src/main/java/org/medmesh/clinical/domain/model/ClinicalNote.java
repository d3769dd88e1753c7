package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.util.Optional;
import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.TextRules;

/**
 * A free-text clinical note, append-only. A correction is a new note that amends the old one, which is voided with a
 * reason pointing to its replacement. Only the author (the user who wrote it, at the hospital where it was written) may
 * amend or void a note. The text is prose ({@link TextRules#requireProse}: line breaks and tabs kept, no other control
 * character, no bidi override or isolate) and must show something.
 */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote extends PatientRecord {

    @Column(name = "encounter_id")
    private UUID encounterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false, length = 16)
    private NoteType type;

    @Lob
    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "amends_note_id")
    private UUID amends;

    protected ClinicalNote() {
    }

    public ClinicalNote(PatientId patient, UUID encounterId, NoteType type, String text, UUID amends,
            Stamp created) {
        super(patient, created);
        this.encounterId = encounterId;
        this.type = type;
        TextRules.requireVisible(text, "text", "Write the text of the note.");
        this.text = TextRules.requireProse(text, "text").strip();
        this.amends = amends;
    }

    public Optional<UUID> encounterId() {
        return Optional.ofNullable(encounterId);
    }

    public NoteType type() {
        return type;
    }

    public String text() {
        return text;
    }

    public Optional<UUID> amends() {
        return Optional.ofNullable(amends);
    }

    public String author() {
        return createdBy();
    }

    /** Voids the note; only its author may, as only the author may amend it. */
    @Override
    public void voidRecord(Stamp voided, String reason) {
        requireAuthor(voided, "void");
        super.voidRecord(voided, reason);
    }

    /** Refuses anyone but the author: the same username at the hospital where the note was written. */
    public void requireAuthor(Stamp by, String action) {
        if (!author().equals(by.by()) || !homeHospital().equals(by.hospital())) {
            throw new NotTheAuthor("Only the author (" + author() + " at " + homeHospital().value() + ") can "
                    + action + " this note; write a new note instead.");
        }
    }
}
