package org.medmesh.shared.domain.model;

/**
 * A clinical rule refused a change (an illegal status transition, a change to a voided record, a missing reason). The
 * code names the rule for clients; the message tells the user what to do.
 */
public class ClinicalRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ClinicalRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
