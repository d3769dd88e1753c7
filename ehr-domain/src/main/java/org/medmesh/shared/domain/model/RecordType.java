package org.medmesh.shared.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The record types hospitals replicate, by the name changes carry on the wire. Append-only records (observations,
 * notes, dispensings, break-the-glass grants) never change after creation except to be voided, so concurrent changes of
 * one agree in substance and nothing is parked for review; the others are mutable and their concurrent edits are
 * resolved and the loser parked.
 */
public enum RecordType {

    /** A registration and its demographics (mutable). */
    PATIENT("patient", false),
    /** A patient's sharing and analytics choices, one per patient (mutable). */
    CONSENT("consent", false),
    /** An emergency access to a non-sharing patient of another hospital (append-only). */
    BREAK_GLASS("breakglass", true),
    /** A visit: admission, ward, attending, end (mutable). */
    ENCOUNTER("encounter", false),
    /** A vital sign, lab result or exam finding (append-only: corrected by voiding and recording again). */
    OBSERVATION("observation", true),
    /** A problem on the problem list (mutable). */
    CONDITION("condition", false),
    /** An allergy or intolerance (mutable). */
    ALLERGY("allergy", false),
    /** A clinical note (append-only: amended by a new note). */
    NOTE("note", true),
    /** A procedure or nursing treatment and its progress (mutable). */
    TREATMENT("treatment", false),
    /** A prescription and its status (mutable). */
    PRESCRIPTION("prescription", false),
    /** A dispensing of a prescription (append-only). */
    DISPENSING("dispensing", true);

    private final String wireName;
    private final boolean appendOnly;

    RecordType(String wireName, boolean appendOnly) {
        this.wireName = wireName;
        this.appendOnly = appendOnly;
    }

    /** The name changes of this type carry ({@code observation}). */
    public String wireName() {
        return wireName;
    }

    public boolean appendOnly() {
        return appendOnly;
    }

    /**
     * The record type of a wire name; empty for a name this hospital does not know (a newer peer, a corrupt message).
     */
    public static Optional<RecordType> named(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
