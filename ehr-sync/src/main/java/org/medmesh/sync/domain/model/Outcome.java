package org.medmesh.sync.domain.model;

/** What receiving a change did at this hospital. */
public enum Outcome {
    /** Already received (the inbox has its event id): nothing happened. */
    DUPLICATE,
    /** Waits for the patient's registration to arrive first. */
    PENDING,
    /** Became the record's state: new record, or a later state of it. */
    APPLIED,
    /** The record's state already includes it (it arrived after a change that descends from it). */
    ALREADY_INCLUDED,
    /** Concurrent with the local state and won: applied; the local state was parked as the loser. */
    WON_CONFLICT,
    /** Concurrent with the local state and lost: parked as the loser; the local state stays. */
    LOST_CONFLICT,
    /** Recorded in the inbox when a peer's repair brought the state, not the event itself (anti-entropy, rebuild). */
    REPAIRED
}
