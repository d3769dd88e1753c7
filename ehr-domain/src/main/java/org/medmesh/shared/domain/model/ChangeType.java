package org.medmesh.shared.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to a replicated record, as the events of the outbox and of replication name it
 * ({@code observation.recorded}): the record type and the change. The application services announce their writes with
 * these, and the readers of events (replication, analytics) recognise them by these, never by a string of their own.
 */
public enum ChangeType {

    /** A patient registered here. */
    PATIENT_REGISTERED(RecordType.PATIENT, "registered"),
    /** Demographics changed. */
    PATIENT_UPDATED(RecordType.PATIENT, "updated"),
    /** A registration voided (entered in error, or a duplicate). */
    PATIENT_VOIDED(RecordType.PATIENT, "voided"),
    /** A sharing or analytics choice changed. */
    CONSENT_CHANGED(RecordType.CONSENT, "changed"),
    /** An emergency access granted. */
    BREAK_GLASS_GRANTED(RecordType.BREAK_GLASS, "granted"),
    /** A visit started. */
    ENCOUNTER_STARTED(RecordType.ENCOUNTER, "started"),
    /** A visit ended. */
    ENCOUNTER_FINISHED(RecordType.ENCOUNTER, "finished"),
    /** A visit voided. */
    ENCOUNTER_VOIDED(RecordType.ENCOUNTER, "voided"),
    /** An observation recorded. */
    OBSERVATION_RECORDED(RecordType.OBSERVATION, "recorded"),
    /** An observation voided. */
    OBSERVATION_VOIDED(RecordType.OBSERVATION, "voided"),
    /** A problem added to the list. */
    CONDITION_ADDED(RecordType.CONDITION, "added"),
    /** A problem's status or details changed. */
    CONDITION_UPDATED(RecordType.CONDITION, "updated"),
    /** A problem voided. */
    CONDITION_VOIDED(RecordType.CONDITION, "voided"),
    /** An allergy recorded. */
    ALLERGY_ADDED(RecordType.ALLERGY, "added"),
    /** An allergy's status or details changed. */
    ALLERGY_UPDATED(RecordType.ALLERGY, "updated"),
    /** An allergy voided. */
    ALLERGY_VOIDED(RecordType.ALLERGY, "voided"),
    /** A note written (or an amendment). */
    NOTE_WRITTEN(RecordType.NOTE, "written"),
    /** A note voided or amended. */
    NOTE_VOIDED(RecordType.NOTE, "voided"),
    /** A treatment ordered. */
    TREATMENT_ORDERED(RecordType.TREATMENT, "ordered"),
    /** A treatment started, completed or cancelled. */
    TREATMENT_UPDATED(RecordType.TREATMENT, "updated"),
    /** A prescription written. */
    PRESCRIPTION_CREATED(RecordType.PRESCRIPTION, "created"),
    /** A prescription dispensed. */
    PRESCRIPTION_DISPENSED(RecordType.PRESCRIPTION, "dispensed"),
    /** A prescription completed. */
    PRESCRIPTION_COMPLETED(RecordType.PRESCRIPTION, "completed"),
    /** A prescription stopped. */
    PRESCRIPTION_CANCELLED(RecordType.PRESCRIPTION, "cancelled"),
    /** A prescription voided. */
    PRESCRIPTION_VOIDED(RecordType.PRESCRIPTION, "voided"),
    /** A dispensing recorded. */
    DISPENSING_RECORDED(RecordType.DISPENSING, "recorded"),
    /** A parked concurrent edit of a patient applied again by a reviewer. */
    PATIENT_REAPPLIED(RecordType.PATIENT, "reapplied"),
    /** A parked concurrent edit of a consent applied again by a reviewer. */
    CONSENT_REAPPLIED(RecordType.CONSENT, "reapplied"),
    /** A parked concurrent edit of a encounter applied again by a reviewer. */
    ENCOUNTER_REAPPLIED(RecordType.ENCOUNTER, "reapplied"),
    /** A parked concurrent edit of a condition applied again by a reviewer. */
    CONDITION_REAPPLIED(RecordType.CONDITION, "reapplied"),
    /** A parked concurrent edit of a allergy applied again by a reviewer. */
    ALLERGY_REAPPLIED(RecordType.ALLERGY, "reapplied"),
    /** A parked concurrent edit of a treatment applied again by a reviewer. */
    TREATMENT_REAPPLIED(RecordType.TREATMENT, "reapplied"),
    /** A parked concurrent edit of a prescription applied again by a reviewer. */
    PRESCRIPTION_REAPPLIED(RecordType.PRESCRIPTION, "reapplied");

    private static final String REAPPLIED = "reapplied";

    private final RecordType recordType;
    private final String wireName;

    ChangeType(RecordType recordType, String change) {
        this.recordType = recordType;
        this.wireName = recordType.wireName() + "." + change;
    }

    public RecordType recordType() {
        return recordType;
    }

    /** The name events of this type carry ({@code observation.recorded}). */
    public String wireName() {
        return wireName;
    }

    /** The re-application of a parked edit of a mutable record type (append-only records have no conflicts). */
    public static ChangeType reapplied(RecordType type) {
        return named(type.wireName() + "." + REAPPLIED).orElseThrow(() -> new IllegalArgumentException(
                "a " + type.wireName() + " is append-only: it has no conflicts to re-apply"));
    }

    /** The change type of a wire name; empty for one this hospital does not know. */
    public static Optional<ChangeType> named(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
