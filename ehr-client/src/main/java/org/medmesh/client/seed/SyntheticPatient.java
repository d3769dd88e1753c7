package org.medmesh.client.seed;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.Category;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.Coding;

/**
 * One synthetic patient and the work-up a visit records: demographics, an encounter type, vital signs, often the
 * heart-risk work-up (cholesterol, fasting glucose, exercise test findings), sometimes an allergy or a problem. Drawn
 * from (seed, index) alone. Names carry accents on purpose: the API must keep them.
 */
public record SyntheticPatient(String givenName, String familyName, boolean female, LocalDate birthDate, String city,
        String encounterType, List<Measurement> measurements, List<Finding> findings, Optional<Allergy> allergy,
        Optional<Coding> problem) {

    /** A measured value of the visit. */
    public record Measurement(Category category, Coding code, BigDecimal value, String unit) {
    }

    /** A coded finding of the exercise test. */
    public record Finding(Coding code, String answer) {
    }

    /** An allergy in free text. */
    public record Allergy(String substance, String reaction) {
    }

    private static final String[] GIVEN_FEMALE = {"Anna", "Zoë", "Maria", "Léa", "Sofia", "Élise", "Ingrid", "Ana",
            "Hanna", "Chloé", "Amélie", "Jana", "Olga", "Nora", "Inès", "Marta"};
    private static final String[] GIVEN_MALE = {"Jonas", "Lukas", "José", "Mateo", "Noah", "Björn", "Stefan",
            "André", "Tomás", "Jan", "Piotr", "Emil", "Hugo", "Karim", "Ömer", "Luca"};
    private static final String[] FAMILY = {"Müller", "García", "Nowak", "Schmidt", "Łukasik", "Rossi", "Dubois",
            "Jensen", "Novák", "Fernández", "Kowalski", "Larsen", "Bianchi", "Öztürk", "Weber", "Moreau", "Horváth",
            "Andersson", "Costa", "Fischer"};
    private static final String[] CITIES = {"Graz", "Linz", "Salzburg", "Innsbruck", "Wien", "Klagenfurt"};
    private static final String[] ENCOUNTER_TYPES = {"AMBULATORY", "EMERGENCY", "INPATIENT"};
    private static final Allergy[] ALLERGIES = {new Allergy("Penicillin", "rash"), new Allergy("Peanut", "hives"),
            new Allergy("Sulfonamide", "fever"), new Allergy("Latex", "contact dermatitis"),
            new Allergy("Ibuprofen", "bronchospasm")};
    private static final Coding[] PROBLEMS = {Coding.HYPERTENSION,
            new Coding(Coding.SNOMED, "44054006", "Diabetes mellitus type 2"),
            new Coding(Coding.SNOMED, "53741008", "Coronary arteriosclerosis"),
            new Coding(Coding.SNOMED, "195967001", "Asthma"), new Coding(Coding.SNOMED, "55822004", "Hyperlipidemia")};
    private static final String[] CHEST_PAIN = {"typical-angina", "atypical-angina", "non-anginal-pain",
            "asymptomatic"};

    /** The ward every synthetic visit is on. */
    public static final String WARD = "Cardiology";

    public SyntheticPatient {
        measurements = List.copyOf(measurements);
        findings = List.copyOf(findings);
    }

    /** Patient {@code index} of a run with this seed: the same arguments always give the same patient. */
    public static SyntheticPatient of(long seed, int index) {
        // SplittableRandom mixes its seed: java.util.Random's first draws of neighbouring seeds are nearly equal (its
        // first nextBoolean() was the same for every patient of a run).
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean female = r.nextBoolean();
        String given = pick(r, female ? GIVEN_FEMALE : GIVEN_MALE);
        String family = pick(r, FAMILY);
        LocalDate born = LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String city = pick(r, CITIES);
        String encounterType = pick(r, ENCOUNTER_TYPES);
        List<Measurement> measured = new ArrayList<>(List.of(
                vital(Coding.HEART_RATE, 55 + r.nextInt(50), "/min"),
                vital(Coding.SYSTOLIC_PRESSURE, 100 + r.nextInt(80), "mm[Hg]"),
                vital(Coding.DIASTOLIC_PRESSURE, 60 + r.nextInt(40), "mm[Hg]"),
                new Measurement(Category.VITAL_SIGNS, Coding.BODY_TEMPERATURE, BigDecimal.valueOf(360 + r.nextInt(20),
                        1), "Cel"),
                vital(Coding.OXYGEN_SATURATION, 90 + r.nextInt(11), "%"),
                vital(Coding.BODY_WEIGHT, 50 + r.nextInt(60), "kg")));
        List<Finding> findings = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            measured.add(laboratory(Coding.CHOLESTEROL, 150 + r.nextInt(200)));
            measured.add(laboratory(Coding.FASTING_GLUCOSE, 70 + r.nextInt(90)));
            measured.add(new Measurement(Category.EXAM, Coding.heartRisk("max-heart-rate", "Maximum heart rate"),
                    BigDecimal.valueOf(100 + r.nextInt(100)), "/min"));
            measured.add(new Measurement(Category.EXAM, Coding.heartRisk("st-depression", "ST depression"),
                    BigDecimal.valueOf(r.nextInt(40), 1), "mm"));
            measured.add(new Measurement(Category.EXAM, Coding.heartRisk("major-vessels", "Major vessels"),
                    BigDecimal.valueOf(r.nextInt(4)), "{count}"));
            findings.add(new Finding(Coding.heartRisk("chest-pain-type", "Chest pain type"), pick(r, CHEST_PAIN)));
            findings.add(new Finding(Coding.heartRisk("exercise-angina", "Exercise-induced angina"),
                    r.nextInt(3) == 0 ? "yes" : "no"));
        }
        Optional<Allergy> allergy = r.nextInt(4) == 0 ? Optional.of(pick(r, ALLERGIES)) : Optional.empty();
        Optional<Coding> problem = r.nextInt(3) == 0 ? Optional.of(pick(r, PROBLEMS)) : Optional.empty();
        return new SyntheticPatient(given, family, female, born, city, encounterType, measured, findings, allergy,
                problem);
    }

    public JsonObject registration() {
        return ClinicalBodies.registration(givenName, familyName, birthDate, female ? "FEMALE" : "MALE", city, "AT");
    }

    /** The observations of the visit, in the order they are recorded. */
    public List<JsonObject> observations(Admission admission) {
        List<JsonObject> bodies = new ArrayList<>();
        measurements.forEach(m -> bodies.add(ClinicalBodies.quantity(admission, m.category(), m.code(), m.value(),
                m.unit())));
        findings.forEach(f -> bodies.add(ClinicalBodies.answer(admission, Category.EXAM, f.code(), f.answer())));
        return bodies;
    }

    public Optional<JsonObject> allergyBody(String patientId) {
        return allergy.map(a -> ClinicalBodies.allergy(patientId, a.substance(), a.reaction(), "MODERATE"));
    }

    public Optional<JsonObject> problemBody(String patientId) {
        return problem.map(code -> ClinicalBodies.condition(patientId, code));
    }

    private static Measurement vital(Coding code, int value, String unit) {
        return new Measurement(Category.VITAL_SIGNS, code, BigDecimal.valueOf(value), unit);
    }

    private static Measurement laboratory(Coding code, int mgPerDecilitre) {
        return new Measurement(Category.LABORATORY, code, BigDecimal.valueOf(mgPerDecilitre), "mg/dL");
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
