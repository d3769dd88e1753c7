-- Name search walks the patients of one name word in name order and stops after a page, instead of sorting every
-- patient whose word starts with the query (tens of thousands at a million patients). For that, each name-word row
-- carries its patient's sort name (same collation as patient.sort_name, so the order is the same), kept equal by the
-- triggers below whatever writes the rows (the node, replication, a bulk load).
ALTER TABLE patient_name_token
    ADD COLUMN sort_name VARCHAR(201) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '';

UPDATE patient_name_token t JOIN patient p ON p.id = t.patient_id SET t.sort_name = p.sort_name;

CREATE INDEX ix_name_token_sorted ON patient_name_token (token, sort_name, patient_id);

CREATE TRIGGER patient_name_token_sort_name BEFORE INSERT ON patient_name_token FOR EACH ROW
    SET NEW.sort_name = COALESCE((SELECT p.sort_name FROM patient p WHERE p.id = NEW.patient_id), '');

CREATE TRIGGER patient_sort_name_to_tokens AFTER UPDATE ON patient FOR EACH ROW
    UPDATE patient_name_token SET sort_name = NEW.sort_name WHERE patient_id = NEW.id;
