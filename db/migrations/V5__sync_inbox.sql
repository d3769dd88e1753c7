-- Replication state of a hospital (ehr-sync). Changes received from peers are applied by the inbox consumer in one
-- transaction each: the change's rows, its inbox entry and, when it is concurrent with the local state, the parked
-- losing version. Nothing here is ever written to the outbox, so nothing received is sent again.

-- Every change received from a peer, by event id: a redelivery finds its id here and does nothing. It keeps the state
-- the change carried, so the state of any record can be traced to the change that produced it (local changes are in
-- outbox_event, received ones here).
CREATE TABLE sync_inbox (
    event_id        BINARY(16)   NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    aggregate_type  VARCHAR(32)  NOT NULL,
    aggregate_id    BINARY(16)   NOT NULL,
    patient_id      BINARY(16)   NULL,
    origin_hospital VARCHAR(32)  NOT NULL,
    hlc             VARCHAR(64)  NOT NULL,
    version_vector  VARCHAR(2000) NOT NULL,
    payload         LONGTEXT     NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_sync_inbox PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_inbox_aggregate ON sync_inbox (aggregate_id, hlc);
CREATE INDEX ix_sync_inbox_origin ON sync_inbox (origin_hospital, hlc);
CREATE INDEX ix_sync_inbox_received ON sync_inbox (received_at);

-- Changes that arrived before their patient's registration; applied, oldest first, when it arrives.
CREATE TABLE sync_pending (
    event_id   BINARY(16)  NOT NULL,
    patient_id BINARY(16)  NOT NULL,
    hlc        VARCHAR(64) NOT NULL,
    change_doc LONGTEXT    NOT NULL,
    held_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_sync_pending PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_pending_patient ON sync_pending (patient_id, hlc);

-- Concurrent edits of one mutable record: the winner (highest HLC) is the record's state at every hospital; the loser
-- is parked here, whole, until a clinician or records officer resolves it (re-applying it is a new change).
CREATE TABLE sync_conflict (
    id             BINARY(16)   NOT NULL,
    aggregate_type VARCHAR(32)  NOT NULL,
    aggregate_id   BINARY(16)   NOT NULL,
    patient_id     BINARY(16)   NULL,
    winner_event   BINARY(16)   NOT NULL,
    winner_hlc     VARCHAR(64)  NOT NULL,
    winner_payload LONGTEXT     NOT NULL,
    loser_event    BINARY(16)   NOT NULL,
    loser_hlc      VARCHAR(64)  NOT NULL,
    loser_payload  LONGTEXT     NOT NULL,
    detected_at    DATETIME(6)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    resolved_at    DATETIME(6)  NULL,
    resolved_by    VARCHAR(64)  NULL,
    resolution     VARCHAR(16)  NULL,
    resolution_note VARCHAR(1000) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_sync_conflict PRIMARY KEY (id),
    CONSTRAINT uk_sync_conflict_pair UNIQUE (winner_event, loser_event),
    CONSTRAINT ck_sync_conflict_status CHECK (status IN ('OPEN', 'RESOLVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_conflict_open ON sync_conflict (status, detected_at);
CREATE INDEX ix_sync_conflict_aggregate ON sync_conflict (aggregate_id);

-- A received message that could not be applied after repeated attempts (malformed, or refused by the database). It
-- is kept whole, never dropped, and shown in the sync status until an operator re-queues it.
CREATE TABLE sync_quarantine (
    message_id     VARCHAR(64)   NOT NULL,
    body           LONGTEXT      NOT NULL,
    failure        VARCHAR(1000) NOT NULL,
    attempts       INT           NOT NULL,
    quarantined_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_sync_quarantine PRIMARY KEY (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The state of a record can come from a local change: find it by timestamp.
CREATE INDEX ix_outbox_aggregate_hlc ON outbox_event (aggregate_id, hlc);
