package org.medmesh.bench.network;

import jakarta.json.JsonObject;

import java.time.LocalDate;

import org.medmesh.client.ward.ClinicalBodies;

/** The benchmark's patients: number {@code n} is "Bench Patient{n}", with a birth date and sex drawn from n. */
public final class BenchPatients {

    /** The encounter type and ward every benchmark admission opens. */
    public static final String ENCOUNTER_TYPE = "INPATIENT";
    public static final String WARD = "Cardiology";

    private BenchPatients() {
    }

    public static JsonObject registration(int n) {
        LocalDate born = LocalDate.of(1940 + n % 60, 1 + n % 12, 1 + n % 28);
        return ClinicalBodies.registration("Bench", "Patient" + n, born, n % 2 == 0 ? "FEMALE" : "MALE", "Graz", "AT");
    }
}
