-- The audit chain anchored outside the hospital's own database (docs/privacy.md, "Threat model of the audit trail").
-- Every hospital signs, every few seconds while its chain grows, a checkpoint of it — the position and hash of its
-- head — with its Ed25519 signing key and sends it to every peer, which keeps it here. A chain cut short or rewritten
-- before such a checkpoint no longer matches it, even when rewritten by someone holding the chain key and the schema
-- owner's account: verifying its chain, a hospital asks its peers for the newest checkpoint of it they hold
-- (audit_anchor_answer). Rows are never updated or deleted: the triggers refuse it to the application.
CREATE TABLE audit_peer_checkpoint (
    hospital    VARCHAR(32)  NOT NULL,
    seq         BIGINT       NOT NULL,
    hash        CHAR(64)     NOT NULL,
    signed_at   DATETIME(6)  NOT NULL,
    key_id      VARCHAR(32)  NOT NULL,
    signature   VARCHAR(128) NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_audit_peer_checkpoint PRIMARY KEY (hospital, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_peer_checkpoint_no_update BEFORE UPDATE ON audit_peer_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are append-only';
CREATE TRIGGER audit_peer_checkpoint_no_delete BEFORE DELETE ON audit_peer_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are append-only';

-- The peers' answers to one verification of this hospital's chain (query_id): the newest checkpoint of it each peer
-- (witness) holds, with this hospital's own signature over it, or none (hospital and seq NULL).
CREATE TABLE audit_anchor_answer (
    query_id    BINARY(16)   NOT NULL,
    witness     VARCHAR(32)  NOT NULL,
    hospital    VARCHAR(32)  NULL,
    seq         BIGINT       NULL,
    hash        CHAR(64)     NULL,
    signed_at   DATETIME(6)  NULL,
    key_id      VARCHAR(32)  NULL,
    signature   VARCHAR(128) NULL,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_audit_anchor_answer PRIMARY KEY (query_id, witness)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
