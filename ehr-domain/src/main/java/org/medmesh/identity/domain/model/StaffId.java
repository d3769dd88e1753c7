package org.medmesh.identity.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.UUID;

import org.medmesh.shared.domain.model.TimeOrderedUuid;

/** Identity of a staff account: a time-ordered UUID, unique across the network. */
@Embeddable
public record StaffId(@Column(name = "id", nullable = false, updatable = false) UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    public static StaffId next() {
        return new StaffId(TimeOrderedUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
