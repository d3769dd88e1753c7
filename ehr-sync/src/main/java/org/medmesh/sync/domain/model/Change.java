package org.medmesh.sync.domain.model;

import java.util.Objects;
import java.util.UUID;

import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;

/**
 * A replicated change as it travels between hospitals: the full state of one record after the change (state transfer),
 * the hospital that made it, its HLC timestamp and the record's version vector after it.
 *
 * @param eventId network-wide identity of the change; the inbox deduplicates on it
 * @param patientId the patient whose chart the record belongs to (the patient's own id for patient records)
 * @param seal the origin's signature over the change, or null where none is needed (a change this hospital made itself,
 *            before it is signed for sending; the simulation)
 */
public record Change(UUID eventId, String type, String aggregateType, UUID aggregateId, UUID patientId,
        HospitalId origin, Hlc hlc, VersionVector vector, String payload, Seal seal) {

    /** A change without a seal. */
    public Change(UUID eventId, String type, String aggregateType, UUID aggregateId, UUID patientId,
            HospitalId origin, Hlc hlc, VersionVector vector, String payload) {
        this(eventId, type, aggregateType, aggregateId, patientId, origin, hlc, vector, payload, null);
    }

    public Change {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregate type");
        Objects.requireNonNull(aggregateId, "aggregate id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(payload, "payload");
        if (!hlc.hospital().equals(origin) || !vector.includes(hlc)) {
            throw new IllegalArgumentException("change " + eventId + " is not stamped by its origin " + origin);
        }
    }

    /** The same change carrying the origin's seal. */
    public Change sealed(Seal by) {
        return new Change(eventId, type, aggregateType, aggregateId, patientId, origin, hlc, vector, payload, by);
    }

    /** Whether this change is about a patient record itself (which other records of the patient wait for). */
    public boolean isPatient() {
        return ReplicationPolicy.PATIENT.equals(aggregateType);
    }
}
