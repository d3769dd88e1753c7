package org.medmesh.analytics.domain.model.clinical;

import java.math.BigDecimal;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;

/**
 * Builds the model's feature vector from demographics and observations, by published code: age (whole years) and sex
 * from the demographics; resting systolic blood pressure (LOINC 8480-6), serum cholesterol (LOINC 2093-3) and fasting
 * glucose above 120 mg/dl (LOINC 1558-6); the exercise-test and imaging findings from MedMesh's heart-risk code system.
 * An input with no observation, and a sex other than male or female (the model was trained on those two only), is
 * missing. Observations of other codes are ignored.
 */
public final class ObservationMapping {

    public static final String LOINC = "http://loinc.org";
    public static final String HEART_RISK = "https://medmesh.org/codes/heart-risk";

    /** Fasting glucose above this (mg/dl) sets the fasting-blood-sugar flag, as in the UCI data. */
    public static final BigDecimal FASTING_GLUCOSE_LIMIT = new BigDecimal("120");

    /** The quantity codes read as they are, by feature. */
    public static final Map<Feature, Code> QUANTITIES = Map.of(
            Feature.RESTING_SYSTOLIC_BP, new Code(LOINC, "8480-6"),
            Feature.CHOLESTEROL, new Code(LOINC, "2093-3"),
            Feature.MAX_HEART_RATE, new Code(HEART_RISK, "max-heart-rate"),
            Feature.ST_DEPRESSION, new Code(HEART_RISK, "st-depression"),
            Feature.MAJOR_VESSELS, new Code(HEART_RISK, "major-vessels"));

    public static final Code FASTING_GLUCOSE = new Code(LOINC, "1558-6");

    /** The coded-answer codes by feature, each with its answers in the order of the feature's UCI codes. */
    public static final Map<Feature, CodedAnswers> ANSWERS = Map.of(
            Feature.CHEST_PAIN_TYPE, new CodedAnswers(new Code(HEART_RISK, "chest-pain-type"),
                    List.of("typical-angina", "atypical-angina", "non-anginal-pain", "asymptomatic")),
            Feature.RESTING_ECG, new CodedAnswers(new Code(HEART_RISK, "resting-ecg"),
                    List.of("normal", "st-t-abnormality", "lv-hypertrophy")),
            Feature.EXERCISE_ANGINA, new CodedAnswers(new Code(HEART_RISK, "exercise-angina"), List.of("no", "yes")),
            Feature.ST_SLOPE, new CodedAnswers(new Code(HEART_RISK, "st-slope"),
                    List.of("upsloping", "flat", "downsloping")),
            Feature.THALLIUM_SCAN, new CodedAnswers(new Code(HEART_RISK, "thallium-scan"),
                    List.of("normal", "fixed-defect", "reversible-defect")));

    private ObservationMapping() {
    }

    /**
     * The feature vector of a patient.
     *
     * @param observations the patient's current observations, most recent first; the first of each code is used
     * @throws IllegalArgumentException if an answer is not one of its code's answers, or a value is outside what the
     *             feature accepts
     */
    public static FeatureVector toFeatureVector(PatientFacts facts, List<ClinicalObservation> observations) {
        FeatureVector vector = FeatureVector.empty()
                .with(Feature.AGE, Period.between(facts.birthDate(), facts.asOf()).getYears());
        vector = switch (facts.sex()) {
            case "MALE" -> vector.with(Feature.SEX, 1);
            case "FEMALE" -> vector.with(Feature.SEX, 0);
            default -> vector;
        };
        Set<Code> seen = new HashSet<>();
        for (ClinicalObservation observation : observations) {
            Code code = new Code(observation.system(), observation.code());
            if (seen.add(code)) {
                vector = apply(vector, code, observation);
            }
        }
        return vector;
    }

    private static FeatureVector apply(FeatureVector vector, Code code, ClinicalObservation observation) {
        if (code.equals(FASTING_GLUCOSE) && observation.quantity() != null) {
            return vector.with(Feature.FASTING_BLOOD_SUGAR,
                    observation.quantity().compareTo(FASTING_GLUCOSE_LIMIT) > 0 ? 1 : 0);
        }
        for (Map.Entry<Feature, Code> quantity : QUANTITIES.entrySet()) {
            if (quantity.getValue().equals(code) && observation.quantity() != null) {
                return vector.with(quantity.getKey(), observation.quantity().doubleValue());
            }
        }
        for (Map.Entry<Feature, CodedAnswers> coded : ANSWERS.entrySet()) {
            if (coded.getValue().code().equals(code) && observation.answer() != null) {
                return vector.with(coded.getKey(), coded.getValue().uciCode(coded.getKey(), observation.answer()));
            }
        }
        return vector;
    }

    /** A code of a code system. */
    public record Code(String system, String code) {
    }

    /** A coded-answer code and its answers, listed in the order of the feature's UCI codes. */
    public record CodedAnswers(Code code, List<String> answers) {

        double uciCode(Feature feature, String answer) {
            int index = answers.indexOf(answer);
            if (index < 0) {
                throw new IllegalArgumentException(code.code() + " has no answer '" + answer + "'");
            }
            return feature.codes().get(index);
        }
    }
}
