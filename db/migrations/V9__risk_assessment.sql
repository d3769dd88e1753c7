-- Heart-disease risk assessments (issue #6), stored apart from the clinical records: keyed by pseudonym
-- (HMAC-SHA256 of the patient id with the hospital's analytics key), with no patient id, name, MRN or foreign key into
-- clinical tables. Written by the risk bean, read by GET /patients/{id}/risk, erased when the patient opts out.
-- id is derived from the update that produced the assessment with the same key, so a redelivered update is ignored.
CREATE TABLE risk_assessment (
    id                 BINARY(16)  NOT NULL,
    pseudonym          CHAR(64)    NOT NULL,
    model_version      VARCHAR(40) NOT NULL,
    probability        DOUBLE      NOT NULL,
    band               VARCHAR(16) NOT NULL,
    log_odds           DOUBLE      NOT NULL,
    reference_log_odds DOUBLE      NOT NULL,
    as_of              DATETIME(6) NOT NULL,
    assessed_at        DATETIME(6) NOT NULL,
    CONSTRAINT pk_risk_assessment PRIMARY KEY (id),
    CONSTRAINT ck_risk_assessment_band CHECK (band IN ('LOW', 'INTERMEDIATE', 'HIGH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_risk_assessment_pseudonym ON risk_assessment (pseudonym, assessed_at);

-- Every input of an assessment as the model used it: its value, whether it was missing and imputed (with the rule),
-- and its contribution to the log-odds against the reference patient.
CREATE TABLE risk_assessment_input (
    assessment_id BINARY(16)   NOT NULL,
    feature       VARCHAR(16)  NOT NULL,
    input_value   DOUBLE       NOT NULL,
    imputed       BOOLEAN      NOT NULL,
    imputed_rule  VARCHAR(200) NULL,
    contribution  DOUBLE       NOT NULL,
    CONSTRAINT pk_risk_assessment_input PRIMARY KEY (assessment_id, feature),
    CONSTRAINT fk_risk_assessment_input FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The analytics feed's own position in outbox_event (seq): the feed locks this row for each round (one feed at a time
-- per hospital, like outbox_relay_lock for the relay) and moves it in the transaction that published the updates.
-- Starting at 0, a node's first feed scores every patient whose inputs ever changed here, with their current data.
CREATE TABLE analytics_feed_cursor (
    id       INT         NOT NULL,
    last_seq BIGINT      NOT NULL,
    moved_at DATETIME(6) NULL,
    CONSTRAINT pk_analytics_feed_cursor PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO analytics_feed_cursor (id, last_seq) VALUES (1, 0);
