package org.medmesh.shared.domain.model;

/**
 * Another change of the same record committed between this change's read and its write (caught by the version column).
 * Nothing was overwritten; the caller reloads and decides.
 */
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(Throwable cause) {
        super("Someone else changed this record at the same moment. Reload it, check the changes, and apply yours "
                + "again.", cause);
    }
}
