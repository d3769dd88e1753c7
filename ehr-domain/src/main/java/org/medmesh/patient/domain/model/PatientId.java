package org.medmesh.patient.domain.model;

import java.util.Objects;
import java.util.UUID;

/** A patient's network-wide identity. */
public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    public static PatientId parse(String text) {
        return new PatientId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
