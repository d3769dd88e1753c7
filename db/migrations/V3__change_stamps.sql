-- Replication stamps: the hybrid logical clock timestamp of the change that produced each record's state, and the
-- record's version vector (per hospital, the latest change its state includes). The outbox carries both with every
-- event, so a peer can tell a newer state from a concurrent one.
ALTER TABLE patient           ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE encounter         ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE observation       ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE patient_condition ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE allergy           ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE clinical_note     ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE treatment         ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE prescription      ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE dispensing        ADD COLUMN change_hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
ALTER TABLE outbox_event      ADD COLUMN hlc VARCHAR(64) NULL, ADD COLUMN version_vector VARCHAR(2000) NULL;
CREATE INDEX ix_outbox_hlc ON outbox_event (hlc);

-- Events written before this migration get a timestamp from their commit time and order, so the relay can send
-- them like any other (they were never sent: there was no relay).
SET time_zone = '+00:00';
UPDATE outbox_event
SET hlc = CONCAT(LPAD(CAST(FLOOR(UNIX_TIMESTAMP(occurred_at) * 1000) AS CHAR), 18, '0'), '-',
                 LPAD(CAST(seq MOD 100000 AS CHAR), 5, '0'), '-', origin_hospital)
WHERE hlc IS NULL;
UPDATE outbox_event SET version_vector = CONCAT(origin_hospital, '=', hlc) WHERE version_vector IS NULL;
