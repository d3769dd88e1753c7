package org.medmesh.medication.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/** How much, how, how often and for how long. */
public record Dosage(BigDecimal dose, String doseUnit, Route route, String frequency, int durationDays) {

    public Dosage {
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(route, "route");
        if (dose.signum() <= 0) {
            throw new IllegalArgumentException("dose must be positive");
        }
        if (durationDays < 1 || durationDays > 365) {
            throw new IllegalArgumentException("duration must be 1 to 365 days");
        }
    }
}
