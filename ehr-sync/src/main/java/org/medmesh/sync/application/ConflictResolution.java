package org.medmesh.sync.application;

/** How a reviewer settles a conflict. */
public enum ConflictResolution {
    /** The winner stays as it is; the loser is kept for the record only. */
    KEEP_WINNER,
    /** The losing version becomes the record's state again, as a new change that reaches every hospital. */
    REAPPLY_LOSER
}
