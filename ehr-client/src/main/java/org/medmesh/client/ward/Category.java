package org.medmesh.client.ward;

/** The category of an observation, as the API names it. */
public enum Category {
    /** Heart rate, blood pressure, temperature, saturation, weight. */
    VITAL_SIGNS,
    /** Laboratory values (cholesterol, glucose). */
    LABORATORY,
    /** Findings of an examination or test (an exercise test's ST depression, chest pain type). */
    EXAM
}
