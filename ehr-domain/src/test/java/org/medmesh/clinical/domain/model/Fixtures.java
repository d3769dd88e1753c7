package org.medmesh.clinical.domain.model;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;

/** Values shared by the clinical domain tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final PatientId PATIENT = new PatientId(UUID.fromString("01a20607-0000-7000-8000-000000000001"));

    private Fixtures() {
    }

    public static Stamp by(String username) {
        return new Stamp(username, new HospitalId("hospA"), NOW);
    }

    public static CodedConcept loinc(String code, String display) {
        return new CodedConcept(CodedConcept.LOINC, code, display);
    }
}
