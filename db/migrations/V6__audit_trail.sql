-- The audit trail: one entry per request that touched (or tried to touch) patient data, hash-chained. Entry n's hash
-- covers n, its content and entry n-1's hash; the head row holds the last position and hash, so a cut-off tail is
-- found too. Appending locks the head row. Entries are never updated or deleted: the triggers below refuse it to
-- the application (an attacker who drops them is still caught by the chain).
CREATE TABLE audit_event (
    seq         BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    hospital    VARCHAR(32)  NOT NULL,
    actor       VARCHAR(64)  NULL,
    actor_role  VARCHAR(16)  NULL,
    patient_id  BINARY(16)   NULL,
    action      VARCHAR(200) NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    status      SMALLINT     NOT NULL,
    break_glass BOOLEAN      NOT NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_patient ON audit_event (patient_id, recorded_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, recorded_at);
CREATE INDEX ix_audit_time ON audit_event (recorded_at);

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
