package org.medmesh.shared.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to a replicated record, as the events of the outbox and of replication name it
 * ({@code observation.recorded}): the record type and the change. The application services announce their writes with
 * these, and the readers of events (replication, analytics) recognise them by these, never by a string of their own.
 */
public enum ChangeType {

    PATIENT_REGISTERED(RecordType.PATIENT, "registered"), PATIENT_UPDATED(RecordType.PATIENT,
            "updated"), PATIENT_VOIDED(RecordType.PATIENT, "voided"), CONSENT_CHANGED(RecordType.CONSENT,
                    "changed"), BREAK_GLASS_GRANTED(RecordType.BREAK_GLASS, "granted"), ENCOUNTER_STARTED(
                            RecordType.ENCOUNTER, "started"), ENCOUNTER_FINISHED(RecordType.ENCOUNTER,
                                    "finished"), ENCOUNTER_VOIDED(RecordType.ENCOUNTER, "voided"), OBSERVATION_RECORDED(
                                            RecordType.OBSERVATION,
                                            "recorded"), OBSERVATION_VOIDED(RecordType.OBSERVATION,
                                                    "voided"), CONDITION_ADDED(RecordType.CONDITION,
                                                            "added"), CONDITION_UPDATED(RecordType.CONDITION,
                                                                    "updated"), CONDITION_VOIDED(RecordType.CONDITION,
                                                                            "voided"), ALLERGY_ADDED(RecordType.ALLERGY,
                                                                                    "added"), ALLERGY_UPDATED(
                                                                                            RecordType.ALLERGY,
                                                                                            "updated"), ALLERGY_VOIDED(
                                                                                                    RecordType.ALLERGY,
                                                                                                    "voided"), NOTE_WRITTEN(
                                                                                                            RecordType.NOTE,
                                                                                                            "written"), NOTE_VOIDED(
                                                                                                                    RecordType.NOTE,
                                                                                                                    "voided"), TREATMENT_ORDERED(
                                                                                                                            RecordType.TREATMENT,
                                                                                                                            "ordered"), TREATMENT_UPDATED(
                                                                                                                                    RecordType.TREATMENT,
                                                                                                                                    "updated"), PRESCRIPTION_CREATED(
                                                                                                                                            RecordType.PRESCRIPTION,
                                                                                                                                            "created"), PRESCRIPTION_DISPENSED(
                                                                                                                                                    RecordType.PRESCRIPTION,
                                                                                                                                                    "dispensed"), PRESCRIPTION_COMPLETED(
                                                                                                                                                            RecordType.PRESCRIPTION,
                                                                                                                                                            "completed"), PRESCRIPTION_CANCELLED(
                                                                                                                                                                    RecordType.PRESCRIPTION,
                                                                                                                                                                    "cancelled"), PRESCRIPTION_VOIDED(
                                                                                                                                                                            RecordType.PRESCRIPTION,
                                                                                                                                                                            "voided"), DISPENSING_RECORDED(
                                                                                                                                                                                    RecordType.DISPENSING,
                                                                                                                                                                                    "recorded");

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

    /** The change type of a wire name; empty for one this hospital does not know. */
    public static Optional<ChangeType> named(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
