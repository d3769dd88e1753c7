package org.medmesh.shared.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who did something to a record, at which hospital, and when — to the microsecond, the precision the database keeps, so
 * a record reads back (and replicates) exactly as it was written.
 */
public record Stamp(String by, HospitalId hospital, Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(hospital, "hospital");
        at = micros(Objects.requireNonNull(at, "at"));
    }

    /** An instant at the precision records keep. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
