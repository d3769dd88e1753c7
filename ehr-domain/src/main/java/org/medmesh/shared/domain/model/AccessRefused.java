package org.medmesh.shared.domain.model;

/**
 * The caller's role does not allow the operation, as its service declares it. Carries the operation's name only (never
 * the caller's data); an answer to the caller (403), not a failure of the node.
 */
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String operation) {
        super("The caller's role does not allow " + operation);
    }
}
