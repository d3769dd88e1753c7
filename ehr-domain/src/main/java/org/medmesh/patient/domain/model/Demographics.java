package org.medmesh.patient.domain.model;

import java.time.LocalDate;
import java.util.Objects;

import org.medmesh.shared.domain.model.ClinicalRuleViolation;

/** Who a patient is: names, birth date, sex, national id and contact details. */
public record Demographics(String givenName, String familyName, LocalDate birthDate, Sex sex, String nationalId,
        String phone, String email, String addressLine, String city, String postalCode, String country) {

    public Demographics {
        givenName = required(givenName, "given name");
        familyName = required(familyName, "family name");
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(sex, "sex");
        nationalId = optional(nationalId);
        phone = optional(phone);
        email = optional(email);
        addressLine = optional(addressLine);
        city = optional(city);
        postalCode = optional(postalCode);
        country = optional(country);
    }

    /** Refuses a birth date in the future or more than 130 years ago. */
    public void requirePlausibleBirthDate(LocalDate today) {
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            throw new ClinicalRuleViolation("implausible-birth-date",
                    "The birth date " + birthDate + " is in the future or more than 130 years ago.");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
