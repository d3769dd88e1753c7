package org.medmesh.sync.application;

/** Why a message from a peer was quarantined instead of applied. */
public enum QuarantineReason {
    /** Its origin's signature does not hold: unsigned, unknown or retired key, forged origin, altered content. */
    FORGED,
    /** Not a change or anti-entropy message at all. */
    MALFORMED,
    /** Refused by this hospital's database after repeated attempts. */
    FAILED
}
