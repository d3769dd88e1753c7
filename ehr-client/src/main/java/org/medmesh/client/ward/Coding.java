package org.medmesh.client.ward;

/** A code of a code system, with its display text, as the API takes it ({@code {system, code, display}}). */
public record Coding(String system, String code, String display) {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String HEART_RISK = "https://medmesh.org/codes/heart-risk";

    public static final Coding HEART_RATE = new Coding(LOINC, "8867-4", "Heart rate");
    public static final Coding SYSTOLIC_PRESSURE = new Coding(LOINC, "8480-6", "Systolic blood pressure");
    public static final Coding DIASTOLIC_PRESSURE = new Coding(LOINC, "8462-4", "Diastolic blood pressure");
    public static final Coding BODY_TEMPERATURE = new Coding(LOINC, "8310-5", "Body temperature");
    public static final Coding OXYGEN_SATURATION = new Coding(LOINC, "59408-5", "Oxygen saturation");
    public static final Coding BODY_WEIGHT = new Coding(LOINC, "29463-7", "Body weight");
    public static final Coding CHOLESTEROL = new Coding(LOINC, "2093-3", "Cholesterol");
    public static final Coding FASTING_GLUCOSE = new Coding(LOINC, "1558-6", "Fasting glucose");
    public static final Coding HYPERTENSION = new Coding(SNOMED, "38341003", "Hypertensive disorder");
    public static final Coding AMOXICILLIN = new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "308182",
            "Amoxicillin 500 MG Oral Capsule");

    /** A finding of the heart-risk work-up in the project's own code system. */
    public static Coding heartRisk(String code, String display) {
        return new Coding(HEART_RISK, code, display);
    }
}
