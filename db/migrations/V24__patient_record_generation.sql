-- Each patient's record generation: a value that changes, in the same transaction, with every change of any record of
-- the patient made here or received from a peer (a local write's outbox event, a replicated state stored, a repair).
-- A cached read of the patient's records (the grid's hot reads) is tagged with the generation it was read at, and
-- served only while the generation is still the same. The value is a UUID, never a counter: a restored database brings
-- back generations that match exactly the records restored with them, and never one that another state was cached at.
CREATE TABLE patient_record_generation (
    patient_id BINARY(16)  NOT NULL,
    generation CHAR(36)    NOT NULL,
    CONSTRAINT pk_patient_record_generation PRIMARY KEY (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
INSERT INTO patient_record_generation (patient_id, generation) SELECT id, UUID() FROM patient;
