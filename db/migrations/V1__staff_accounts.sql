-- Staff who may sign in at this hospital. Passwords are PBKDF2 hashes (Jakarta Security format).
-- Accounts are disabled, never deleted: audit entries keep naming them.
CREATE TABLE staff_account (
    id            BINARY(16)   NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_staff_account PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username),
    CONSTRAINT ck_staff_account_role CHECK (role IN ('DOCTOR', 'NURSE', 'PHARMACIST', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
