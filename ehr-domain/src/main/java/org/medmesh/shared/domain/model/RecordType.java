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

    PATIENT("patient", false), CONSENT("consent", false), BREAK_GLASS("breakglass", true), ENCOUNTER("encounter",
            false), OBSERVATION("observation", true), CONDITION("condition", false), ALLERGY("allergy",
                    false), NOTE("note", true), TREATMENT("treatment",
                            false), PRESCRIPTION("prescription", false), DISPENSING("dispensing", true);

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
