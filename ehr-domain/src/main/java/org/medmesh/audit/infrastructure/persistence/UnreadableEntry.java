package org.medmesh.audit.infrastructure.persistence;

/** A row whose values the application could not have written: tampered with. */
final class UnreadableEntry extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long seq;

    UnreadableEntry(long seq) {
        super("audit entry " + seq + " cannot be read", null, false, false);
        this.seq = seq;
    }

    long seq() {
        return seq;
    }
}
