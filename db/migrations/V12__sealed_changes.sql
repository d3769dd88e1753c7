-- Signed replication (docs/sync.md, "The channel"). Every change carries its origin hospital's Ed25519 signature over
-- its content; a received change keeps it, so this hospital can forward the change to a peer (anti-entropy, rebuild)
-- with the origin's own proof that it wrote exactly this. Received before this migration: no seal (such states are
-- refused by peers when forwarded; the origin itself still answers for them).
ALTER TABLE sync_inbox
    ADD COLUMN actor          VARCHAR(64)  NULL,
    ADD COLUMN seal_key       VARCHAR(32)  NULL,
    ADD COLUMN seal_signature VARCHAR(128) NULL;

-- Why a message was quarantined: FORGED (its origin's signature does not hold: never applied until an operator fixes
-- the cause, e.g. adds a rotated key, and retries), MALFORMED (not a change), FAILED (refused by the database after
-- repeated attempts); and the broker account that delivered it.
ALTER TABLE sync_quarantine
    ADD COLUMN reason      VARCHAR(16) NOT NULL DEFAULT 'FAILED',
    ADD COLUMN sender      VARCHAR(64) NULL,
    ADD COLUMN retried_at  DATETIME(6) NULL,
    ADD COLUMN resolved_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_sync_quarantine_reason CHECK (reason IN ('FORGED', 'MALFORMED', 'FAILED'));
CREATE INDEX ix_sync_quarantine_open ON sync_quarantine (resolved_at, quarantined_at);

-- A conflict resolved at one hospital is resolved at every hospital: the resolution travels as a replicated change
-- (conflict.resolved, sealed like any) and is kept here, so a hospital that parks the same conflict only later (it
-- had not yet received both edits) finds it resolved at once.
CREATE TABLE sync_conflict_resolution (
    conflict_id     BINARY(16)    NOT NULL,
    resolution      VARCHAR(16)   NOT NULL,
    resolved_by     VARCHAR(64)   NOT NULL,
    resolved_at     DATETIME(6)   NOT NULL,
    resolution_note VARCHAR(1000) NULL,
    hospital        VARCHAR(32)   NOT NULL,
    CONSTRAINT pk_sync_conflict_resolution PRIMARY KEY (conflict_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
