package org.medmesh.clinical.domain.model;

import static org.medmesh.clinical.domain.model.CodedConcept.HEART_RISK;
import static org.medmesh.clinical.domain.model.CodedConcept.LOINC;
import static org.medmesh.clinical.domain.model.ObservationCategory.EXAM;
import static org.medmesh.clinical.domain.model.ObservationCategory.LABORATORY;
import static org.medmesh.clinical.domain.model.ObservationCategory.VITAL_SIGNS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The observation codes MedMesh validates: the vital signs (LOINC) and every input of the heart-disease risk model (UCI
 * Cleveland attributes). Other laboratory codes are accepted as sent, with the reference range the lab gives.
 */
public final class ObservationCatalogue {

    public static final KnownObservation SYSTOLIC_BP = KnownObservation.quantity(LOINC, "8480-6",
            "Systolic blood pressure", VITAL_SIGNS, "mm[Hg]", "40", "300", "90", "139");
    public static final KnownObservation DIASTOLIC_BP = KnownObservation.quantity(LOINC, "8462-4",
            "Diastolic blood pressure", VITAL_SIGNS, "mm[Hg]", "20", "200", "60", "89");
    public static final KnownObservation HEART_RATE = KnownObservation.quantity(LOINC, "8867-4", "Heart rate",
            VITAL_SIGNS, "/min", "20", "300", "60", "100");
    public static final KnownObservation BODY_TEMPERATURE = KnownObservation.quantity(LOINC, "8310-5",
            "Body temperature", VITAL_SIGNS, "Cel", "25", "45", "36.1", "37.8");
    public static final KnownObservation OXYGEN_SATURATION = KnownObservation.quantity(LOINC, "59408-5",
            "Oxygen saturation by pulse oximetry", VITAL_SIGNS, "%", "40", "100", "94", "100");
    public static final KnownObservation RESPIRATORY_RATE = KnownObservation.quantity(LOINC, "9279-1",
            "Respiratory rate", VITAL_SIGNS, "/min", "4", "80", "12", "20");
    public static final KnownObservation BODY_WEIGHT = KnownObservation.quantity(LOINC, "29463-7", "Body weight",
            VITAL_SIGNS, "kg", "0.3", "500", null, null);

    public static final KnownObservation CHOLESTEROL = KnownObservation.quantity(LOINC, "2093-3",
            "Cholesterol [Mass/volume] in Serum or Plasma", LABORATORY, "mg/dL", "50", "1000", null, "200");
    public static final KnownObservation FASTING_GLUCOSE = KnownObservation.quantity(LOINC, "1558-6",
            "Fasting glucose [Mass/volume] in Serum or Plasma", LABORATORY, "mg/dL", "10", "1500", "70", "100");

    public static final KnownObservation CHEST_PAIN_TYPE = KnownObservation.answer("chest-pain-type",
            "Chest pain type", List.of("typical-angina", "atypical-angina", "non-anginal-pain", "asymptomatic"),
            List.of("typical-angina", "atypical-angina"));
    public static final KnownObservation RESTING_ECG = KnownObservation.answer("resting-ecg",
            "Resting electrocardiographic result", List.of("normal", "st-t-abnormality", "lv-hypertrophy"),
            List.of("st-t-abnormality", "lv-hypertrophy"));
    public static final KnownObservation EXERCISE_ANGINA = KnownObservation.answer("exercise-angina",
            "Exercise-induced angina", List.of("yes", "no"), List.of("yes"));
    public static final KnownObservation ST_SLOPE = KnownObservation.answer("st-slope",
            "Slope of the peak exercise ST segment", List.of("upsloping", "flat", "downsloping"),
            List.of("flat", "downsloping"));
    public static final KnownObservation THALLIUM_SCAN = KnownObservation.answer("thallium-scan",
            "Thallium stress test result", List.of("normal", "fixed-defect", "reversible-defect"),
            List.of("fixed-defect", "reversible-defect"));
    public static final KnownObservation MAX_HEART_RATE = KnownObservation.quantity(HEART_RISK, "max-heart-rate",
            "Maximum heart rate achieved during exercise", EXAM, "/min", "40", "250", null, null);
    public static final KnownObservation ST_DEPRESSION = KnownObservation.quantity(HEART_RISK, "st-depression",
            "ST depression induced by exercise relative to rest", EXAM, "mm", "-5", "10", null, "1");
    public static final KnownObservation MAJOR_VESSELS = KnownObservation.quantity(HEART_RISK, "major-vessels",
            "Major vessels coloured by fluoroscopy", EXAM, "{count}", "0", "3", null, "0");

    private static final Map<String, KnownObservation> BY_CODE = List.of(SYSTOLIC_BP, DIASTOLIC_BP, HEART_RATE,
            BODY_TEMPERATURE, OXYGEN_SATURATION, RESPIRATORY_RATE, BODY_WEIGHT, CHOLESTEROL, FASTING_GLUCOSE,
            CHEST_PAIN_TYPE, RESTING_ECG, EXERCISE_ANGINA, ST_SLOPE, THALLIUM_SCAN, MAX_HEART_RATE, ST_DEPRESSION,
            MAJOR_VESSELS).stream().collect(Collectors.toUnmodifiableMap(k -> key(k.concept()), Function.identity()));

    private ObservationCatalogue() {
    }

    public static Optional<KnownObservation> lookup(CodedConcept code) {
        return code.code() == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(key(code)));
    }

    public static List<KnownObservation> all() {
        return BY_CODE.values().stream().sorted((a, b) -> key(a.concept()).compareTo(key(b.concept()))).toList();
    }

    private static String key(CodedConcept code) {
        return code.system() + "|" + code.code();
    }
}
