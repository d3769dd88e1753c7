package org.medmesh.patient.domain.model;

import java.time.LocalDate;
import java.util.Objects;

import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.TextRules;

/**
 * Who a patient is: names, birth date, sex, national id and contact details. Every text is identifying text
 * ({@link TextRules#requireIdentifying}: one line, no control or invisible formatting characters), refused under its
 * request field's name; the names must show at least one character.
 */
public record Demographics(String givenName, String familyName, LocalDate birthDate, Sex sex, String nationalId,
        String phone, String email, String addressLine, String city, String postalCode, String country) {

    public Demographics {
        givenName = required(givenName, "givenName", "Enter the given (first) name.");
        familyName = required(familyName, "familyName", "Enter the family name.");
        Objects.requireNonNull(birthDate, "birth date");
        Objects.requireNonNull(sex, "sex");
        nationalId = optional(nationalId, "nationalId");
        phone = optional(phone, "phone");
        email = optional(email, "email");
        addressLine = optional(addressLine, "addressLine");
        city = optional(city, "city");
        postalCode = optional(postalCode, "postalCode");
        country = optional(country, "country");
    }

    /** Refuses a birth date in the future or more than 130 years ago. */
    public void requirePlausibleBirthDate(LocalDate today) {
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            throw new ClinicalRuleViolation("implausible-birth-date",
                    "The birth date " + birthDate + " is in the future or more than 130 years ago.");
        }
    }

    private static String required(String value, String field, String ifEmpty) {
        TextRules.requireVisible(value, field, ifEmpty);
        return TextRules.requireIdentifying(value, field).strip();
    }

    private static String optional(String value, String field) {
        TextRules.requireIdentifying(value, field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
