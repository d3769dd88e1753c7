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

/**
 * A free-text clinical note, append-only. A correction is a new note that amends the old one, which is voided with a
 * reason pointing to its replacement.
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
        this.text = text.strip();
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
}
