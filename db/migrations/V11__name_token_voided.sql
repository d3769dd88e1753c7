-- Name search reads one name word's patients in name order a page at a time (V10). It skipped voided patients by
-- looking up every patient row it read: hundreds of random primary-key reads per search at a million patients. Each
-- name-word row now also says whether its patient is voided, kept equal by the triggers below, and the ordered index
-- leads with (token, patient_voided), so a search of the living reads index entries only.
ALTER TABLE patient_name_token
    ADD COLUMN patient_voided BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE patient_name_token t JOIN patient p ON p.id = t.patient_id SET t.patient_voided = p.voided_at IS NOT NULL;

DROP INDEX ix_name_token_sorted ON patient_name_token;

CREATE INDEX ix_name_token_sorted ON patient_name_token (token, patient_voided, sort_name, patient_id);

DROP TRIGGER patient_name_token_sort_name;

CREATE TRIGGER patient_name_token_from_patient BEFORE INSERT ON patient_name_token FOR EACH ROW
    SET NEW.sort_name = COALESCE((SELECT p.sort_name FROM patient p WHERE p.id = NEW.patient_id), ''),
        NEW.patient_voided = COALESCE((SELECT p.voided_at IS NOT NULL FROM patient p WHERE p.id = NEW.patient_id),
                                      FALSE);

DROP TRIGGER patient_sort_name_to_tokens;

CREATE TRIGGER patient_to_tokens AFTER UPDATE ON patient FOR EACH ROW
    UPDATE patient_name_token SET sort_name = NEW.sort_name, patient_voided = NEW.voided_at IS NOT NULL
    WHERE patient_id = NEW.id;
