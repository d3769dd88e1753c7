package org.medmesh.patient.application;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.shared.application.RecordMetadata;

/** A patient as clients and events see it. */
public record PatientView(UUID id, String mrn, String nationalId, String givenName, String familyName,
        LocalDate birthDate, String sex, String phone, String email, String addressLine, String city,
        String postalCode, String country, RecordMetadata record) {

    public static PatientView of(Patient patient) {
        Demographics d = patient.demographics();
        return new PatientView(patient.id(), patient.mrn(), d.nationalId(), d.givenName(), d.familyName(),
                d.birthDate(), d.sex().name(), d.phone(), d.email(), d.addressLine(), d.city(), d.postalCode(),
                d.country(), RecordMetadata.of(patient));
    }
}
