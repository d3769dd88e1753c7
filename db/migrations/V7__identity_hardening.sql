-- Identity hardening: token invalidation, staff administration history, revocation and sign-in lockout.

-- Tokens issued before this instant are refused (set when an account is disabled, re-roled or its password changes).
-- changed_at / changed_by name the last administrative change; the audit trail holds every request that made one.
ALTER TABLE staff_account
    ADD COLUMN tokens_valid_after DATETIME(6) NULL,
    ADD COLUMN changed_at         DATETIME(6) NULL,
    ADD COLUMN changed_by         VARCHAR(64) NULL;

-- Tokens revoked by logout, until they expire (then the row may go). Keyed by the SHA-256 of the whole token, so
-- tokens of any trusted issuer can be revoked, with or without a jti.
CREATE TABLE revoked_token (
    token_hash BINARY(32)  NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_revoked_token PRIMARY KEY (token_hash),
    INDEX ix_revoked_token_expires (expires_at)
) ENGINE = InnoDB;

-- Consecutive failed sign-ins per submitted username, whether or not such an account exists (so a lockout says
-- nothing about which usernames exist). A row is removed by a successful sign-in or an admin unlock.
CREATE TABLE sign_in_failure (
    username        VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL DEFAULT 0,
    locked_until    DATETIME(6) NULL,
    last_failure_at DATETIME(6) NULL,
    CONSTRAINT pk_sign_in_failure PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
