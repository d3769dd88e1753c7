package org.medmesh.analytics.domain.model;

import java.util.List;

/**
 * The thirteen inputs of the heart-disease risk model, in the order and coding of the UCI Heart Disease data (the
 * {@code uciName}). Coded inputs list their allowed codes; measurements their plausible range, outside which a value is
 * refused as a typing error (the same ranges the clinical observation catalogue uses).
 */
public enum Feature {

    AGE("age", "age", "years", FeatureKind.CONTINUOUS, 0, 130, List.of()), SEX("sex", "sex (1 male, 0 female)", "",
            FeatureKind.DISCRETE, 0, 1, List.of(0.0, 1.0)), CHEST_PAIN_TYPE("cp",
                    "chest pain type (1 typical angina, 2 atypical, 3 non-anginal, 4 asymptomatic)", "",
                    FeatureKind.CATEGORICAL, 1, 4, List.of(1.0, 2.0, 3.0, 4.0)), RESTING_SYSTOLIC_BP("trestbps",
                            "resting systolic blood pressure", "mm Hg", FeatureKind.CONTINUOUS, 40, 300,
                            List.of()), CHOLESTEROL("chol", "serum cholesterol", "mg/dl", FeatureKind.CONTINUOUS, 50,
                                    1000, List.of()), FASTING_BLOOD_SUGAR("fbs",
                                            "fasting blood sugar > 120 mg/dl (1 yes, 0 no)", "", FeatureKind.DISCRETE,
                                            0, 1,
                                            List.of(0.0, 1.0)), RESTING_ECG("restecg",
                                                    "resting ECG (0 normal, 1 ST-T abnormality, 2 LV hypertrophy)", "",
                                                    FeatureKind.CATEGORICAL, 0, 2,
                                                    List.of(0.0, 1.0, 2.0)), MAX_HEART_RATE("thalach",
                                                            "maximum heart rate achieved", "/min",
                                                            FeatureKind.CONTINUOUS, 40, 250,
                                                            List.of()), EXERCISE_ANGINA("exang",
                                                                    "exercise-induced angina (1 yes, 0 no)", "",
                                                                    FeatureKind.DISCRETE, 0, 1,
                                                                    List.of(0.0, 1.0)), ST_DEPRESSION("oldpeak",
                                                                            "ST depression induced by exercise relative to rest",
                                                                            "mm", FeatureKind.CONTINUOUS, -5,
                                                                            10, List.of()), ST_SLOPE("slope",
                                                                                    "slope of the peak exercise ST segment (1 up, 2 flat, 3 down)",
                                                                                    "", FeatureKind.CATEGORICAL, 1,
                                                                                    3,
                                                                                    List.of(1.0, 2.0,
                                                                                            3.0)), MAJOR_VESSELS("ca",
                                                                                                    "major vessels coloured by fluoroscopy (0-3)",
                                                                                                    "",
                                                                                                    FeatureKind.DISCRETE,
                                                                                                    0, 3,
                                                                                                    List.of(0.0, 1.0,
                                                                                                            2.0,
                                                                                                            3.0)), THALLIUM_SCAN(
                                                                                                                    "thal",
                                                                                                                    "thallium scan (3 normal, 6 fixed defect, 7 reversible defect)",
                                                                                                                    "",
                                                                                                                    FeatureKind.CATEGORICAL,
                                                                                                                    3,
                                                                                                                    7,
                                                                                                                    List.of(3.0,
                                                                                                                            6.0,
                                                                                                                            7.0));

    private final String uciName;
    private final String description;
    private final String unit;
    private final FeatureKind kind;
    private final double low;
    private final double high;
    private final List<Double> codes;

    Feature(String uciName, String description, String unit, FeatureKind kind, double low, double high,
            List<Double> codes) {
        this.uciName = uciName;
        this.description = description;
        this.unit = unit;
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.codes = codes;
    }

    public String uciName() {
        return uciName;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public FeatureKind kind() {
        return kind;
    }

    /** The allowed codes of a flag, count or coded answer, ascending; empty for a measurement. */
    public List<Double> codes() {
        return codes;
    }

    /** Whether the value is one this input can take (an allowed code, or inside the plausible range). */
    public boolean accepts(double value) {
        return codes.isEmpty() ? value >= low && value <= high : codes.contains(value);
    }
}
