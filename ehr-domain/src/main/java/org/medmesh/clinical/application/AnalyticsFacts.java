package org.medmesh.clinical.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the analytics module reads of a patient: no name, MRN, national id, contact or patient id.
 *
 * @param sex the name of the patient's {@code Sex}
 * @param observations the current coded observations, most recent first
 */
public record AnalyticsFacts(LocalDate birthDate, String sex, List<CodedValue> observations) {

    public AnalyticsFacts {
        observations = List.copyOf(observations);
    }

    /** One coded observation's value: a quantity or a coded answer, and when it was taken. */
    public record CodedValue(String system, String code, BigDecimal quantity, String answer, Instant effectiveAt) {
    }
}
