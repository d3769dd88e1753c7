package org.medmesh.shared.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a hospital in the network (for example {@code hospA}). It names the home hospital of every
 * replicated record and breaks ties between concurrent changes, so it never changes once a hospital has data.
 */
public record HospitalId(String value) implements Comparable<HospitalId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,31}");

    public HospitalId {
        Objects.requireNonNull(value, "hospital id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "hospital id must be 1-32 letters, digits or '-', starting with a letter: '" + value + "'");
        }
    }

    @Override
    public int compareTo(HospitalId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
