package org.medmesh.clinical.domain.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What MedMesh knows about an observation code: its category, unit, plausible range (values outside are refused as
 * typing errors), default reference range, or — for coded answers — the allowed answers and which are abnormal.
 */
public record KnownObservation(CodedConcept concept, ObservationCategory category, String unit,
        BigDecimal plausibleLow, BigDecimal plausibleHigh, BigDecimal referenceLow, BigDecimal referenceHigh,
        List<String> answers, List<String> abnormalAnswers) {

    public KnownObservation {
        answers = List.copyOf(answers);
        abnormalAnswers = List.copyOf(abnormalAnswers);
    }

    public boolean coded() {
        return !answers.isEmpty();
    }

    static KnownObservation quantity(String system, String code, String display, ObservationCategory category,
            String unit, String plausibleLow, String plausibleHigh, String referenceLow, String referenceHigh) {
        return new KnownObservation(new CodedConcept(system, code, display), category, unit, decimal(plausibleLow),
                decimal(plausibleHigh), decimal(referenceLow), decimal(referenceHigh), List.of(), List.of());
    }

    static KnownObservation answer(String code, String display, List<String> answers, List<String> abnormal) {
        return new KnownObservation(new CodedConcept(CodedConcept.HEART_RISK, code, display),
                ObservationCategory.EXAM, null, null, null, null, null, answers, abnormal);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
