package org.medmesh.analytics.domain.model;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The name analytics knows a patient by: a keyed hash of the patient id (see {@link PseudonymKey}), 64 hex digits. It
 * links a patient's predictions together without revealing who the patient is to anyone who lacks the key.
 */
public record Pseudonym(String value) {

    public Pseudonym {
        Objects.requireNonNull(value, "value");
        if (value.length() != 64
                || !value.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("a pseudonym is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
