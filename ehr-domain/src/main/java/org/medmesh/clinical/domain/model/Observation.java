package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A measurement or finding: a vital sign, a laboratory result or an examination finding, coded, with its value,
 * reference range and interpretation. Observations are append-only: a wrong one is voided and recorded again.
 */
@Entity
@Table(name = "observation")
public class Observation extends PatientRecord {

    @Column(name = "encounter_id")
    private UUID encounterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private ObservationCategory category;

    @Embedded
    private CodedConcept code;

    @Column(name = "value_quantity", precision = 14, scale = 4)
    private BigDecimal quantity;

    @Column(name = "value_unit", length = 32)
    private String unit;

    @Column(name = "value_answer", length = 64)
    private String answer;

    @Column(name = "reference_low", precision = 14, scale = 4)
    private BigDecimal referenceLow;

    @Column(name = "reference_high", precision = 14, scale = 4)
    private BigDecimal referenceHigh;

    @Enumerated(EnumType.STRING)
    @Column(name = "interpretation", length = 16)
    private Interpretation interpretation;

    @Column(name = "effective_at", nullable = false)
    private Instant effectiveAt;

    protected Observation() {
    }

    /**
     * Records an observation. Known codes (vital signs, heart-risk inputs) must use their unit and a plausible value,
     * or one of their allowed answers; their reference range applies unless the lab sent one.
     */
    public Observation(PatientId patient, UUID encounterId, ObservationCategory category, CodedConcept code,
            ObservationValue value, Instant effectiveAt, Stamp created) {
        super(patient, created);
        if (code.code() == null) {
            throw new ClinicalRuleViolation("observation-code-required",
                    "An observation needs a code system and a code (for example LOINC 8867-4 for heart rate).");
        }
        if (effectiveAt.isAfter(created.at().plusSeconds(300))) {
            throw new ClinicalRuleViolation("observation-in-future", "An observation cannot be taken in the future.");
        }
        Optional<KnownObservation> known = ObservationCatalogue.lookup(code);
        this.encounterId = encounterId;
        this.code = known.map(k -> new CodedConcept(code.system(), code.code(), k.concept().display())).orElse(code);
        this.category = known.map(KnownObservation::category).orElse(category);
        if (this.category == null) {
            throw new ClinicalRuleViolation("observation-category-required",
                    "Give a category (VITAL_SIGNS, LABORATORY or EXAM) for code " + code.code() + ".");
        }
        this.effectiveAt = Stamp.micros(effectiveAt);
        if (known.isPresent() && known.get().coded()) {
            recordAnswer(known.get(), value);
        } else {
            recordQuantity(known, value);
        }
    }

    private void recordAnswer(KnownObservation known, ObservationValue value) {
        if (value.answer() == null || !known.answers().contains(value.answer())) {
            throw new ClinicalRuleViolation("invalid-answer", known.concept().display() + " must be one of "
                    + String.join(", ", known.answers()) + ".");
        }
        this.answer = value.answer();
        this.interpretation = known.abnormalAnswers().contains(value.answer())
                ? Interpretation.ABNORMAL
                : Interpretation.NORMAL;
    }

    private void recordQuantity(Optional<KnownObservation> known, ObservationValue value) {
        if (value.quantity() == null || value.unit() == null || value.unit().isBlank()) {
            throw new ClinicalRuleViolation("quantity-required",
                    code.display() + " needs a numeric value and a unit.");
        }
        if (known.isPresent()) {
            KnownObservation k = known.get();
            if (!k.unit().equals(value.unit())) {
                throw new ClinicalRuleViolation("wrong-unit",
                        k.concept().display() + " is recorded in " + k.unit() + ", not " + value.unit() + ".");
            }
            if (value.quantity().compareTo(k.plausibleLow()) < 0
                    || value.quantity().compareTo(k.plausibleHigh()) > 0) {
                throw new ClinicalRuleViolation("implausible-value", k.concept().display() + " of "
                        + value.quantity().toPlainString() + " " + k.unit() + " is outside the plausible range "
                        + k.plausibleLow().toPlainString() + "–" + k.plausibleHigh().toPlainString()
                        + "; check for a typing error.");
            }
        }
        this.quantity = value.quantity();
        this.unit = value.unit();
        this.referenceLow = value.referenceLow() != null
                ? value.referenceLow()
                : known.map(KnownObservation::referenceLow).orElse(null);
        this.referenceHigh = value.referenceHigh() != null
                ? value.referenceHigh()
                : known.map(KnownObservation::referenceHigh).orElse(null);
        this.interpretation = interpret(quantity, referenceLow, referenceHigh);
    }

    static Interpretation interpret(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (low != null && value.compareTo(low) < 0) {
            return Interpretation.LOW;
        }
        if (high != null && value.compareTo(high) > 0) {
            return Interpretation.HIGH;
        }
        return low == null && high == null ? null : Interpretation.NORMAL;
    }

    public Optional<UUID> encounterId() {
        return Optional.ofNullable(encounterId);
    }

    public ObservationCategory category() {
        return category;
    }

    public CodedConcept code() {
        return code;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public String answer() {
        return answer;
    }

    public BigDecimal referenceLow() {
        return referenceLow;
    }

    public BigDecimal referenceHigh() {
        return referenceHigh;
    }

    public Interpretation interpretation() {
        return interpretation;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }
}
