package org.medmesh.clinical.domain.model;

import org.medmesh.shared.domain.model.ClinicalRuleViolation;

/** Someone other than a record's author tried what only the author may do (amend or void a note). */
public class NotTheAuthor extends ClinicalRuleViolation {

    private static final long serialVersionUID = 1L;

    public NotTheAuthor(String message) {
        super("not-the-author", message);
    }
}
