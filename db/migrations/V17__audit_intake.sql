-- A write's audit record is written in the write's own transaction, so a change is never committed without its record
-- (before, the record followed in a transaction of its own, which a crash or a database error could lose while the
-- write stood). It lands here, unchained; the node's audit writer links waiting records into the chain (audit_event,
-- oldest first, before the reads it appends in the same round), removing each from here in the transaction that
-- chains it. audit_event.intake_id names the record an entry was made from.
-- A record's id is a random number the application draws, and its seal an HMAC of id and content under the chain key
-- (which the database accounts do not have): a row the runtime account inserts itself, or a copy of a chained one,
-- is not chained as it reads but as an entry saying it was found. The runtime account may insert and delete here,
-- never update; a delete is refused unless the record is in the chain, so it cannot suppress the record of a write.
CREATE TABLE audit_intake (
    id          BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    hospital    VARCHAR(32)  NOT NULL,
    actor       VARCHAR(64)  NULL,
    actor_role  VARCHAR(16)  NULL,
    patient_id  BINARY(16)   NULL,
    action      VARCHAR(200) NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    status      SMALLINT     NOT NULL,
    break_glass BOOLEAN      NOT NULL,
    exposed     TEXT         NULL,
    seal        CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_intake PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE audit_event ADD COLUMN intake_id BIGINT NULL;
CREATE UNIQUE INDEX ux_audit_event_intake ON audit_event (intake_id);

CREATE TRIGGER audit_intake_no_update BEFORE UPDATE ON audit_intake FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are not changed before they are chained';

DELIMITER //
CREATE TRIGGER audit_intake_only_chained_removed BEFORE DELETE ON audit_intake FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_event WHERE intake_id = OLD.id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an audit record is removed only once it is chained';
    END IF;
END//
DELIMITER ;
