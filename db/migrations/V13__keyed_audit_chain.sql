-- The audit chain keyed: from now on entry n's hash is HMAC-SHA256 under the hospital's audit chain key
-- (hospital.audit.chain-key, a secret the database accounts never see), so an entry appended or rewritten directly in
-- the database no longer verifies, however correctly it is hashed. chain_key names the key an entry was hashed with
-- (the first 16 hex digits of the key's SHA-256); NULL marks an entry written before the chain was keyed (plain
-- SHA-256, as before), which verifies as it always did but must not follow a keyed one.
ALTER TABLE audit_event ADD COLUMN chain_key CHAR(16) NULL;

-- The patients a list or search answer exposed (the patient search's hits, a list's records), so that "who found
-- this patient" is answered for searches too; the query itself is never recorded. A row belongs to the entry with the
-- same seq and is covered by that entry's hash: a row added or removed breaks the entry. Searching the trail by
-- patient reads the index on (patient_id, seq). Rows are never updated or deleted: the triggers below refuse it to
-- the application, as for audit_event.
CREATE TABLE audit_exposure (
    seq        BIGINT     NOT NULL,
    patient_id BINARY(16) NOT NULL,
    CONSTRAINT pk_audit_exposure PRIMARY KEY (seq, patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_exposure_patient ON audit_exposure (patient_id, seq);

CREATE TRIGGER audit_exposure_no_update BEFORE UPDATE ON audit_exposure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit exposures are append-only';
CREATE TRIGGER audit_exposure_no_delete BEFORE DELETE ON audit_exposure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit exposures are append-only';
