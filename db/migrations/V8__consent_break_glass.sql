-- Patient consent and break-the-glass (issue #4).
-- patient_consent: one replicated record per patient (its id is the patient's id, so two hospitals that set a
-- patient's consent for the first time at once change the same record and the replication rules pick one winner and
-- park the other). No row means the defaults: shared with the other hospitals for treatment, usable for analytics.
-- Each choice keeps who changed it last, when and why; every state is in the outbox/inbox and the audit trail.
CREATE TABLE patient_consent (
    id                    BINARY(16)    NOT NULL,
    patient_id            BINARY(16)    NOT NULL,
    home_hospital         VARCHAR(32)   NOT NULL,
    sharing_with_hospitals BOOLEAN      NOT NULL,
    sharing_changed_at    DATETIME(6)   NULL,
    sharing_changed_by    VARCHAR(64)   NULL,
    sharing_reason        VARCHAR(500)  NULL,
    analytics_use         BOOLEAN       NOT NULL,
    analytics_changed_at  DATETIME(6)   NULL,
    analytics_changed_by  VARCHAR(64)   NULL,
    analytics_reason      VARCHAR(500)  NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    changed_at            DATETIME(6)   NOT NULL,
    changed_by            VARCHAR(64)   NOT NULL,
    voided_at             DATETIME(6)   NULL,
    voided_by             VARCHAR(64)   NULL,
    void_reason           VARCHAR(500)  NULL,
    change_hlc            VARCHAR(64)   NULL,
    version_vector        VARCHAR(2000) NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_patient_consent PRIMARY KEY (id),
    CONSTRAINT uk_patient_consent_patient UNIQUE (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- break_glass_grant: a time-boxed emergency access of one user of one hospital (home_hospital = the granting
-- hospital) to one patient; append-only and replicated, so the patient's home hospital learns of it.
CREATE TABLE break_glass_grant (
    id             BINARY(16)    NOT NULL,
    patient_id     BINARY(16)    NOT NULL,
    home_hospital  VARCHAR(32)   NOT NULL,
    grantee        VARCHAR(64)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    voided_at      DATETIME(6)   NULL,
    voided_by      VARCHAR(64)   NULL,
    void_reason    VARCHAR(500)  NULL,
    change_hlc     VARCHAR(64)   NULL,
    version_vector VARCHAR(2000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_break_glass_grant PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_break_glass_patient ON break_glass_grant (patient_id, grantee);

-- notification: what this hospital's administrators are told (local, not replicated). Minimal on purpose: the ward UI
-- and delivery channels of a later issue build on it. One notification per kind and subject (e.g. per grant).
CREATE TABLE notification (
    id          BINARY(16)   NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    subject_id  BINARY(16)   NOT NULL,
    patient_id  BINARY(16)   NULL,
    hospital    VARCHAR(32)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    reason      VARCHAR(500) NULL,
    occurred_at DATETIME(6)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uk_notification_subject UNIQUE (kind, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_created ON notification (created_at);
