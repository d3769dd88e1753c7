package org.medmesh.analytics.domain.model.clinical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The demographics the model needs: birth date and administrative sex (the name of the patient context's {@code Sex}
 * constant: {@code MALE}, {@code FEMALE}, {@code OTHER}, {@code UNKNOWN}), and the date the inputs describe.
 */
public record PatientFacts(LocalDate birthDate, String sex, LocalDate asOf) {

    public PatientFacts {
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(asOf, "as of");
    }
}
