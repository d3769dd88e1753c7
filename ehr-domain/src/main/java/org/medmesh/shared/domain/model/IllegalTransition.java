package org.medmesh.shared.domain.model;

/** A status change the record's current state does not allow (for example dispensing a cancelled prescription). */
public class IllegalTransition extends ClinicalRuleViolation {

    private static final long serialVersionUID = 1L;

    public IllegalTransition(String record, Enum<?> from, Enum<?> to) {
        super("illegal-transition", "A " + record + " that is " + name(from) + " cannot become " + name(to) + ".");
    }

    /** A state that forbids the request, described in the message (a conflict already resolved). */
    public IllegalTransition(String code, String message) {
        super(code, message);
    }

    private static String name(Enum<?> status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
