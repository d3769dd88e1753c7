-- Issue #25: the risk model scores a patient with the submodel trained on exactly the inputs the patient has, and
-- imputes nothing. An assessment names that submodel (scored_by, e.g. 'without ca, thal') and lists the inputs that
-- were missing (missing_inputs, UCI names separated by commas; '' when none), which are no longer the inputs imputed.
-- Both are NULL in the assessments of earlier models, whose missing inputs are the ones they imputed. An assessment
-- of an earlier model stays as it was; the node re-scores the patient with the current model and keeps both.
ALTER TABLE risk_assessment
    ADD COLUMN scored_by      VARCHAR(200) NULL,
    ADD COLUMN missing_inputs VARCHAR(200) NULL;
