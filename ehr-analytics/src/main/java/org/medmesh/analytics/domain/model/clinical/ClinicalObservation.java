package org.medmesh.analytics.domain.model.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A recorded observation as analytics sees it: code system and code, and either a quantity or a coded answer. Carries
 * no patient, author or time: the caller picks the observations that are current.
 */
public record ClinicalObservation(String system, String code, BigDecimal quantity, String answer) {

    public ClinicalObservation {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        if ((quantity == null) == (answer == null)) {
            throw new IllegalArgumentException("an observation has either a quantity or an answer");
        }
    }

    public static ClinicalObservation quantity(String system, String code, String value) {
        return new ClinicalObservation(system, code, new BigDecimal(value), null);
    }

    public static ClinicalObservation answer(String system, String code, String answer) {
        return new ClinicalObservation(system, code, null, answer);
    }
}
