package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Stamp;

/** A visit: its type, ward, attending clinician, and when it started and ended. */
@Entity
@Table(name = "encounter")
public class Encounter extends PatientRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "encounter_type", nullable = false, length = 16)
    private EncounterType type;

    @Column(name = "ward", length = 100)
    private String ward;

    @Column(name = "attending", nullable = false, length = 64)
    private String attending;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EncounterStatus status;

    protected Encounter() {
    }

    public Encounter(PatientId patient, EncounterType type, String ward, String attending, Instant startedAt,
            Stamp created) {
        super(patient, created);
        if (startedAt.isAfter(created.at().plusSeconds(300))) {
            throw new ClinicalRuleViolation("start-in-future", "A visit cannot start in the future.");
        }
        this.type = type;
        this.ward = ward;
        this.attending = attending;
        this.startedAt = Stamp.micros(startedAt);
        this.status = EncounterStatus.IN_PROGRESS;
    }

    /** Ends the visit; only a visit in progress can end, and not before it started. */
    public void finish(Instant endedAt, Stamp changed) {
        if (status != EncounterStatus.IN_PROGRESS) {
            throw new IllegalTransition("visit", status, EncounterStatus.FINISHED);
        }
        if (endedAt.isBefore(startedAt)) {
            throw new ClinicalRuleViolation("end-before-start", "A visit cannot end before it started ("
                    + startedAt + ").");
        }
        touch(changed);
        this.endedAt = Stamp.micros(endedAt);
        this.status = EncounterStatus.FINISHED;
    }

    public EncounterType type() {
        return type;
    }

    public String ward() {
        return ward;
    }

    public String attending() {
        return attending;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public EncounterStatus status() {
        return status;
    }
}
