package org.medmesh.shared.domain.model;

/** Text that a {@link TextRules} rule refused, naming the request field it came from; nothing was changed. */
public class TextRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public TextRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that held the text (e.g. {@code givenName}). */
    public String field() {
        return field;
    }
}
