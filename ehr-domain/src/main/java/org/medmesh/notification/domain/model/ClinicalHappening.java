package org.medmesh.notification.domain.model;

/** What happened to a patient's record that someone may need to be told of, as the owning context describes it. */
public enum ClinicalHappening {
    /** A prescription was written. */
    PRESCRIPTION_CREATED,
    /** A prescription was cancelled or voided: the pharmacy must not dispense it. */
    PRESCRIPTION_STOPPED,
    /** A treatment was ordered. */
    TREATMENT_ORDERED,
    /** A treatment was started. */
    TREATMENT_STARTED,
    /** A treatment was cancelled. */
    TREATMENT_CANCELLED,
    /** An observation's value lies outside its reference range. */
    RESULT_OUT_OF_RANGE
}
