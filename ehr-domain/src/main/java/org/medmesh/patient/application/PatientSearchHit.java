package org.medmesh.patient.application;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.shared.application.RecordMetadata;

/**
 * A patient found by search: enough to recognise the patient (names, birth date, sex, MRN, home hospital in
 * {@code record}) and whether the caller may open the record here. A restricted patient does not share the record with
 * this hospital: opening it needs break-the-glass. Contact details and identifiers are in the patient's record.
 */
public record PatientSearchHit(UUID id, String mrn, String givenName, String familyName, LocalDate birthDate,
        String sex, boolean restricted, RecordMetadata record) {

    public static PatientSearchHit of(Patient patient, boolean restricted) {
        Demographics d = patient.demographics();
        return new PatientSearchHit(patient.id(), patient.mrn(), d.givenName(), d.familyName(), d.birthDate(),
                d.sex().name(), restricted, RecordMetadata.of(patient));
    }
}
