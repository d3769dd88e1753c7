package org.medmesh.clinical.domain.model;

import java.math.BigDecimal;

/** The result of an observation as entered: a quantity with its unit, or a coded answer. */
public record ObservationValue(BigDecimal quantity, String unit, String answer, BigDecimal referenceLow,
        BigDecimal referenceHigh) {

    public static ObservationValue quantity(BigDecimal quantity, String unit) {
        return new ObservationValue(quantity, unit, null, null, null);
    }

    public static ObservationValue answer(String answer) {
        return new ObservationValue(null, null, answer, null, null);
    }
}
