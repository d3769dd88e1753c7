package org.medmesh.identity.domain.model;

import java.util.List;

/** A new password breaks the password rules; nothing was changed. */
public class PasswordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final List<String> rules;

    public PasswordRejected(String field, List<String> rules) {
        super(String.join(" ", rules));
        this.field = field;
        this.rules = List.copyOf(rules);
    }

    /** The request field that held the password. */
    public String field() {
        return field;
    }

    /** Each broken rule, as a sentence. */
    public List<String> rules() {
        return rules;
    }
}
