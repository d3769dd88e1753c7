-- Notifications reach people, not a list: a notification (one per kind and subject, as before) is now written in the
-- transaction of the change that caused it, with the rule that made it; a fan-out round then works out who is told
-- (pharmacists, the ward's nurses, the encounter's doctor, the patient's care team, administrators) and writes one
-- inbox entry per recipient. seq orders a user's inbox and is the id of the server-sent event that delivers it, so a
-- client reconnecting with Last-Event-ID resumes after the last entry it got.
ALTER TABLE notification ADD COLUMN rule VARCHAR(48) NULL;
ALTER TABLE notification ADD COLUMN encounter_id BINARY(16) NULL;
ALTER TABLE notification ADD COLUMN fanned_out_at DATETIME(6) NULL;
-- Notifications written before this migration were read as lists; they need no fan-out.
UPDATE notification SET fanned_out_at = created_at;
CREATE INDEX ix_notification_fan_out ON notification (fanned_out_at, created_at);

-- One entry per notification and recipient (a redelivered or replayed event adds none). redacted: the recipient may not
-- see the patient's records here (a patient of another hospital who does not share them) and is only told that there
-- is something, without the patient or the summary.
CREATE TABLE notification_inbox (
    seq             BIGINT       NOT NULL AUTO_INCREMENT,
    notification_id BINARY(16)   NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    redacted        BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    read_at         DATETIME(6)  NULL,
    CONSTRAINT pk_notification_inbox PRIMARY KEY (seq),
    CONSTRAINT uk_notification_inbox_recipient UNIQUE (notification_id, username),
    CONSTRAINT fk_notification_inbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_inbox_user ON notification_inbox (username, seq);
CREATE INDEX ix_notification_inbox_unread ON notification_inbox (username, read_at);

-- The ward a staff member works on (nurses are told of treatments ordered on their ward); optional.
ALTER TABLE staff_account ADD COLUMN ward VARCHAR(100) NULL;
