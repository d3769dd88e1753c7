package org.medmesh.interfaces.rest.clinical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.clinical.domain.model.ObservationCategory;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.interfaces.rest.support.CodeRequest;

/** An observation to record: a quantity with unit, or a coded answer for coded findings. */
public class ObservationRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    public UUID encounterId;

    @Pattern(regexp = "VITAL_SIGNS|LABORATORY|EXAM", message = "The category is VITAL_SIGNS, LABORATORY or EXAM.")
    public String category;

    @NotNull(message = "Give the observation code (system, code, display), e.g. LOINC 8867-4 Heart rate.")
    @Valid
    public CodeRequest code;

    @Digits(integer = 10, fraction = 4, message = "A value has at most 10 digits before and 4 after the decimal point.")
    public BigDecimal value;

    @Size(max = 32, message = "A unit has at most 32 characters (UCUM, e.g. mm[Hg], /min, Cel).")
    public String unit;

    @Size(max = 64, message = "An answer code has at most 64 characters.")
    public String answer;

    @Digits(integer = 10, fraction = 4, message = "A reference limit has at most 10 digits before and 4 after the decimal point.")
    public BigDecimal referenceLow;

    @Digits(integer = 10, fraction = 4, message = "A reference limit has at most 10 digits before and 4 after the decimal point.")
    public BigDecimal referenceHigh;

    public Instant effectiveAt;

    ObservationCategory categoryOrNull() {
        return category == null ? null : ObservationCategory.valueOf(category);
    }

    ObservationValue toValue() {
        return new ObservationValue(value, unit, answer, referenceLow, referenceHigh);
    }
}
