package org.medmesh.client.ward;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies a ward sends, built with JSON-P (so names with accents or quotes are always well-formed). */
public final class ClinicalBodies {

    private ClinicalBodies() {
    }

    /** A new patient's demographics ({@code sex}: FEMALE, MALE, OTHER, UNKNOWN; {@code country}: ISO 3166 alpha-2). */
    public static JsonObject registration(String givenName, String familyName, LocalDate birthDate, String sex,
            String city, String country) {
        return Json.createObjectBuilder().add("givenName", givenName).add("familyName", familyName)
                .add("birthDate", birthDate.toString()).add("sex", sex).add("city", city).add("country", country)
                .build();
    }

    /** An encounter of a type (AMBULATORY, EMERGENCY, INPATIENT) on a ward. */
    public static JsonObject encounter(String patientId, String type, String ward) {
        return Json.createObjectBuilder().add("patientId", patientId).add("type", type).add("ward", ward).build();
    }

    /** A measured observation (a vital sign, a laboratory value) with its UCUM unit. */
    public static JsonObject quantity(Admission admission, Category category, Coding code, BigDecimal value,
            String unit) {
        return observation(admission, category, code).add("value", value).add("unit", unit).build();
    }

    public static JsonObject quantity(Admission admission, Category category, Coding code, long value, String unit) {
        return quantity(admission, category, code, BigDecimal.valueOf(value), unit);
    }

    /** An observation answered with a code of its code system (e.g. a chest pain type). */
    public static JsonObject answer(Admission admission, Category category, Coding code, String answer) {
        return observation(admission, category, code).add("answer", answer).build();
    }

    public static JsonObject heartRate(Admission admission, int beatsPerMinute) {
        return quantity(admission, Category.VITAL_SIGNS, Coding.HEART_RATE, beatsPerMinute, "/min");
    }

    public static JsonObject systolicPressure(Admission admission, int mmHg) {
        return quantity(admission, Category.VITAL_SIGNS, Coding.SYSTOLIC_PRESSURE, mmHg, "mm[Hg]");
    }

    /** An allergy to a substance named in free text ({@code severity}: MILD, MODERATE, SEVERE). */
    public static JsonObject allergy(String patientId, String substance, String reaction, String severity) {
        return Json.createObjectBuilder().add("patientId", patientId)
                .add("substance", Json.createObjectBuilder().add("display", substance)).add("reaction", reaction)
                .add("severity", severity).build();
    }

    /** A prescription: a drug, its dose and unit, route (ORAL, IV, …), frequency and duration in days. */
    public static JsonObject prescription(String patientId, Coding drug, long dose, String doseUnit, String route,
            String frequency, int durationDays) {
        return Json.createObjectBuilder().add("patientId", patientId).add("drug", coding(drug)).add("dose", dose)
                .add("doseUnit", doseUnit).add("route", route).add("frequency", frequency)
                .add("durationDays", durationDays).build();
    }

    /** An active entry of the problem list. */
    public static JsonObject condition(String patientId, Coding code) {
        return Json.createObjectBuilder().add("patientId", patientId).add("code", coding(code)).build();
    }

    private static JsonObjectBuilder observation(Admission admission, Category category, Coding code) {
        return Json.createObjectBuilder().add("patientId", admission.patientId())
                .add("encounterId", admission.encounterId()).add("category", category.name())
                .add("code", coding(code));
    }

    private static JsonObjectBuilder coding(Coding code) {
        return Json.createObjectBuilder().add("system", code.system()).add("code", code.code())
                .add("display", code.display());
    }
}
