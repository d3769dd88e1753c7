package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A coded clinical concept: code system URI, code, and the human-readable display. Free-text entries (an allergy to
 * "cat dander") may have no system and code, but always a display.
 */
@Embeddable
public record CodedConcept(
        @Column(name = "code_system", length = 100) String system,
        @Column(name = "code", length = 64) String code,
        @Column(name = "display", nullable = false, length = 200) String display) {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String HEART_RISK = "https://medmesh.org/codes/heart-risk";

    public CodedConcept {
        if (display == null || display.isBlank()) {
            throw new IllegalArgumentException("a coded concept needs a display text");
        }
        display = display.strip();
        system = system == null || system.isBlank() ? null : system.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        if ((system == null) != (code == null)) {
            throw new IllegalArgumentException("give both a code system and a code, or neither");
        }
    }

    public boolean sameCodeAs(CodedConcept other) {
        return code != null && code.equals(other.code) && system.equals(other.system);
    }
}
