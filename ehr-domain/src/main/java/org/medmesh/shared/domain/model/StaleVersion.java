package org.medmesh.shared.domain.model;

/** The client changed a record based on a version that is no longer current: someone else changed it first. */
public class StaleVersion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long current;

    public StaleVersion(String kind, long expected, long current) {
        super("This " + kind + " was changed by someone else (version " + current + ", you sent " + expected
                + "). Reload it, check the changes, and apply yours again.");
        this.current = current;
    }

    public long current() {
        return current;
    }

    /** Refuses the change unless the client saw the current version. */
    public static void check(String kind, long expected, ReplicatedRecord record) {
        if (expected != record.version()) {
            throw new StaleVersion(kind, expected, record.version());
        }
    }
}
