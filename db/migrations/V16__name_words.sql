-- Name search first lists the distinct words a typed prefix matches ("mül" -> "müller", "mülner", ...), then reads
-- each word's patients in name order (V10, V11). That list came from the name-word rows themselves with SELECT
-- DISTINCT, which read every row of the prefix: tens of thousands at a million patients, the main cost of a search.
-- The distinct words now have a table of their own, filled by a trigger as name-word rows are written (locally and by
-- replication), so the list is a short range read. A word is never removed: a word left without patients costs one
-- empty index read per search that matches it.
CREATE TABLE patient_name_word (
    token VARCHAR(100) NOT NULL,
    CONSTRAINT pk_patient_name_word PRIMARY KEY (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO patient_name_word (token) SELECT DISTINCT token FROM patient_name_token;

CREATE TRIGGER patient_name_token_word AFTER INSERT ON patient_name_token FOR EACH ROW
    INSERT IGNORE INTO patient_name_word (token) VALUES (NEW.token);
