-- Clinical records of a hospital node. Every replicated row has a Java-generated time-ordered UUID (BINARY(16)),
-- its home hospital, who created/changed/voided it and when, and an optimistic-lock version. Nothing is deleted:
-- records are voided with a reason.

CREATE SEQUENCE patient_mrn_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE patient (
    id            BINARY(16)   NOT NULL,
    home_hospital VARCHAR(32)  NOT NULL,
    mrn           VARCHAR(40)  NOT NULL,
    national_id   VARCHAR(40)  NULL,
    given_name    VARCHAR(100) NOT NULL,
    family_name   VARCHAR(100) NOT NULL,
    sort_name     VARCHAR(201) NOT NULL,
    birth_date    DATE         NOT NULL,
    sex           VARCHAR(8)   NOT NULL,
    phone         VARCHAR(40)  NULL,
    email         VARCHAR(254) NULL,
    address_line  VARCHAR(200) NULL,
    city          VARCHAR(100) NULL,
    postal_code   VARCHAR(20)  NULL,
    country       CHAR(2)      NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    voided_at     DATETIME(6)  NULL,
    voided_by     VARCHAR(64)  NULL,
    void_reason   VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_patient PRIMARY KEY (id),
    CONSTRAINT uk_patient_mrn UNIQUE (home_hospital, mrn),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_patient_sort_name ON patient (sort_name, id);
CREATE INDEX ix_patient_birth_date ON patient (birth_date);
CREATE INDEX ix_patient_national_id ON patient (national_id);
CREATE INDEX ix_patient_mrn ON patient (mrn);

-- One row per folded name word: 'zoe', 'muller', 'lukasik'. Prefix search is an index range on token.
CREATE TABLE patient_name_token (
    patient_id BINARY(16)   NOT NULL,
    token      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_patient_name_token PRIMARY KEY (token, patient_id),
    CONSTRAINT fk_name_token_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_name_token_patient ON patient_name_token (patient_id);

CREATE TABLE encounter (
    id             BINARY(16)   NOT NULL,
    patient_id     BINARY(16)   NOT NULL,
    home_hospital  VARCHAR(32)  NOT NULL,
    encounter_type VARCHAR(16)  NOT NULL,
    ward           VARCHAR(100) NULL,
    attending      VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NULL,
    status         VARCHAR(16)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(64)  NOT NULL,
    voided_at      DATETIME(6)  NULL,
    voided_by      VARCHAR(64)  NULL,
    void_reason    VARCHAR(500) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_encounter PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_encounter_patient ON encounter (patient_id, created_at);

CREATE TABLE observation (
    id             BINARY(16)     NOT NULL,
    patient_id     BINARY(16)     NOT NULL,
    encounter_id   BINARY(16)     NULL,
    home_hospital  VARCHAR(32)    NOT NULL,
    category       VARCHAR(16)    NOT NULL,
    code_system    VARCHAR(100)   NULL,
    code           VARCHAR(64)    NULL,
    display        VARCHAR(200)   NOT NULL,
    value_quantity DECIMAL(14, 4) NULL,
    value_unit     VARCHAR(32)    NULL,
    value_answer   VARCHAR(64)    NULL,
    reference_low  DECIMAL(14, 4) NULL,
    reference_high DECIMAL(14, 4) NULL,
    interpretation VARCHAR(16)    NULL,
    effective_at   DATETIME(6)    NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(64)    NOT NULL,
    changed_at     DATETIME(6)    NOT NULL,
    changed_by     VARCHAR(64)    NOT NULL,
    voided_at      DATETIME(6)    NULL,
    voided_by      VARCHAR(64)    NULL,
    void_reason    VARCHAR(500)   NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_observation PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_observation_patient ON observation (patient_id, created_at);
CREATE INDEX ix_observation_patient_code ON observation (patient_id, code, effective_at);

CREATE TABLE patient_condition (
    id              BINARY(16)    NOT NULL,
    patient_id      BINARY(16)    NOT NULL,
    home_hospital   VARCHAR(32)   NOT NULL,
    code_system     VARCHAR(100)  NULL,
    code            VARCHAR(64)   NULL,
    display         VARCHAR(200)  NOT NULL,
    clinical_status VARCHAR(16)   NOT NULL,
    onset_date      DATE          NULL,
    abatement_date  DATE          NULL,
    note            VARCHAR(2000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    voided_at       DATETIME(6)   NULL,
    voided_by       VARCHAR(64)   NULL,
    void_reason     VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_patient_condition PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_condition_patient ON patient_condition (patient_id, created_at);

CREATE TABLE allergy (
    id            BINARY(16)   NOT NULL,
    patient_id    BINARY(16)   NOT NULL,
    home_hospital VARCHAR(32)  NOT NULL,
    code_system   VARCHAR(100) NULL,
    code          VARCHAR(64)  NULL,
    display       VARCHAR(200) NOT NULL,
    reaction      VARCHAR(500) NULL,
    severity      VARCHAR(16)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    voided_at     DATETIME(6)  NULL,
    voided_by     VARCHAR(64)  NULL,
    void_reason   VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_allergy PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_allergy_patient ON allergy (patient_id, created_at);

CREATE TABLE clinical_note (
    id             BINARY(16)   NOT NULL,
    patient_id     BINARY(16)   NOT NULL,
    encounter_id   BINARY(16)   NULL,
    home_hospital  VARCHAR(32)  NOT NULL,
    note_type      VARCHAR(16)  NOT NULL,
    text           LONGTEXT     NOT NULL,
    amends_note_id BINARY(16)   NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(64)  NOT NULL,
    voided_at      DATETIME(6)  NULL,
    voided_by      VARCHAR(64)  NULL,
    void_reason    VARCHAR(500) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_clinical_note PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_note_patient ON clinical_note (patient_id, created_at);

CREATE TABLE treatment (
    id            BINARY(16)    NOT NULL,
    patient_id    BINARY(16)    NOT NULL,
    encounter_id  BINARY(16)    NULL,
    home_hospital VARCHAR(32)   NOT NULL,
    code_system   VARCHAR(100)  NULL,
    code          VARCHAR(64)   NULL,
    display       VARCHAR(200)  NOT NULL,
    instructions  VARCHAR(2000) NULL,
    status        VARCHAR(16)   NOT NULL,
    performed_by  VARCHAR(64)   NULL,
    started_at    DATETIME(6)   NULL,
    completed_at  DATETIME(6)   NULL,
    outcome       VARCHAR(2000) NULL,
    cancel_reason VARCHAR(500)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by    VARCHAR(64)   NOT NULL,
    voided_at     DATETIME(6)   NULL,
    voided_by     VARCHAR(64)   NULL,
    void_reason   VARCHAR(500)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_treatment PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_treatment_patient ON treatment (patient_id, created_at);

CREATE TABLE prescription (
    id                   BINARY(16)     NOT NULL,
    patient_id           BINARY(16)     NOT NULL,
    encounter_id         BINARY(16)     NULL,
    home_hospital        VARCHAR(32)    NOT NULL,
    code_system          VARCHAR(100)   NULL,
    code                 VARCHAR(64)    NULL,
    display              VARCHAR(200)   NOT NULL,
    dose                 DECIMAL(12, 4) NOT NULL,
    dose_unit            VARCHAR(32)    NOT NULL,
    route                VARCHAR(16)    NOT NULL,
    frequency            VARCHAR(64)    NOT NULL,
    duration_days        INT            NOT NULL,
    instructions         VARCHAR(1000)  NULL,
    status               VARCHAR(16)    NOT NULL,
    override_reason      VARCHAR(1000)  NULL,
    overridden_conflicts VARCHAR(2000)  NULL,
    cancel_reason        VARCHAR(500)   NULL,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(64)    NOT NULL,
    changed_at           DATETIME(6)    NOT NULL,
    changed_by           VARCHAR(64)    NOT NULL,
    voided_at            DATETIME(6)    NULL,
    voided_by            VARCHAR(64)    NULL,
    void_reason          VARCHAR(500)   NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_prescription PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_prescription_patient ON prescription (patient_id, created_at);

CREATE TABLE dispensing (
    id              BINARY(16)   NOT NULL,
    patient_id      BINARY(16)   NOT NULL,
    prescription_id BINARY(16)   NOT NULL,
    home_hospital   VARCHAR(32)  NOT NULL,
    quantity        VARCHAR(64)  NOT NULL,
    note            VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    changed_by      VARCHAR(64)  NOT NULL,
    voided_at       DATETIME(6)  NULL,
    voided_by       VARCHAR(64)  NULL,
    void_reason     VARCHAR(500) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_dispensing PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_dispensing_patient ON dispensing (patient_id, created_at);
CREATE INDEX ix_dispensing_prescription ON dispensing (prescription_id);

-- The transactional outbox: one row per write, committed with it. The relay (sync) publishes rows whose
-- published_at is null, in seq order, to the hospital's broker; replication, notifications and analytics consume
-- from there. seq orders events locally only; the event id is the network-wide identity.
CREATE TABLE outbox_event (
    seq             BIGINT       NOT NULL AUTO_INCREMENT,
    id              BINARY(16)   NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    aggregate_type  VARCHAR(32)  NOT NULL,
    aggregate_id    BINARY(16)   NOT NULL,
    patient_id      BINARY(16)   NULL,
    origin_hospital VARCHAR(32)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    payload         LONGTEXT     NOT NULL,
    published_at    DATETIME(6)  NULL,
    CONSTRAINT pk_outbox_event PRIMARY KEY (seq),
    CONSTRAINT uk_outbox_event_id UNIQUE (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_unpublished ON outbox_event (published_at, seq);
CREATE INDEX ix_outbox_aggregate ON outbox_event (aggregate_id);
