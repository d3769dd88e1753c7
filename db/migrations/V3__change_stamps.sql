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
