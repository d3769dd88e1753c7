-- The nurse's worklist: the open treatments of the encounters in progress on a ward of this hospital.
CREATE INDEX ix_encounter_ward ON encounter (home_hospital, status, ward);
CREATE INDEX ix_treatment_encounter ON treatment (encounter_id, status);
