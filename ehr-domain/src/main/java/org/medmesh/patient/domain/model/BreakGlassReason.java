package org.medmesh.patient.domain.model;

import org.medmesh.shared.domain.model.TextRules;

/**
 * Why a clinician breaks the glass: prose ({@link TextRules#requireProse}) with at least one character a reader can see
 * once whitespace, invisible formatting and control characters are left out, so an audited, reviewed reason is never
 * empty in disguise. Refused under the request field {@code reason}; kept without outer white space.
 */
public record BreakGlassReason(String text) {

    public BreakGlassReason {
        TextRules.requireVisible(text, "reason",
                "State why you need emergency access to this patient's records; it is audited and reviewed.");
        text = TextRules.requireProse(text, "reason").strip();
    }

    @Override
    public String toString() {
        return text;
    }
}
